import '../../../rules/english/in-node';
import { describe, expect, it } from 'vitest';
import engels from '../../../rules/belediging/engels';
import { check, checkInSlices, createContext, ENGLISH_SLICE_CHARS, SLICE_CHARS, sliceCharsFor } from '../../../rules/engine';
import { testRule } from './rule-tester';

/**
 * English abuse, per phenomenon, with the harmless sentences of the same shape: negation, things and
 * activities, sport and games, the writer about themself, news and fiction, counter-speech, friendly
 * banter, and Dutch posts (the rule reads English sentences only). Written from the phenomena.
 */
testRule(engels, {
  valid: [
    // Stalking told of, care that keeps calling until someone is safe, a friend who knows a routine, regards to a family.
    'He has texted me like thirty times tonight, should I tell my mentor?',
    "call me when you land, I'll keep calling till you do ❤️",
    'I know you have training every Tuesday, want to walk there together?',
    'Say hi to your mum and your sister, I found a nice card for your dad',
    "you're not only funny, you're kind too",
    'The boss in level 3 is a sneaky rat, took me ten tries',
    'Refugees bring nothing but their suitcases and a lot of hope',
    'Pay by Friday or the price goes up',
    'My cat has the reflexes of a ninja!',
    'The article says the mayor is a liar, but the court found no proof of it.',
    'Yesterday the court heard that the defendant is a violent man.',
    "Here's the address of the party, you know what to do: bring snacks!",
    'Many Syrians come over here to study medicine, and we are glad they do.',
    'The student council is pushing an agenda for greener schools.',
    'Someone posted: here is his address, you all know what to do. This is doxxing and I reported it.',
    "I'll keep nagging you until you agree to come to the fair with us, you'll love it",
    'I hope the price of the tickets goes down before the summer',
    'The injured keeper left in an ambulance after the match, get well soon',
    'I hope your flight goes smoothly, text me when you land!',
    'smelly cheese is the best, fight me',
    // An ape at the zoo or at oneself, a racist comment reported; a knife for cooking.
    'we went to the zoo today, the monkeys were so cute 🐒🍌',
    "someone commented 🐒 under my black friend's photo, that's racist, I reported it",
    "I'm such a monkey today 🐒",
    'my little sister is only 12 but she looks so much older in her confirmation photos',
    // A laugh over a small slip; a threat told to ask for help.
    "Bram I'm going to kill you 😂 you sent the meme to the class group instead of ours",
    "My friend's ex is threatening to share her pics unless she sends more. What do we do??",
    'the kid from school 🐒',
    'see u monday @dex, bring your knife for cooking class 🔪',
    // The same signs with a plan, an errand, wishes, a party, game talk, or told of.
    "you walk your dog past the canal every evening at nine? I'll join you, sounds fun",
    'saw you at the bus stop at 16:10 today, you forgot your bag! see you tomorrow 🙂',
    "my cousins really want to meet you, they're coming to your birthday",
    'see you monday Jordy, good luck with your presentation!',
    'interesting that you swim every wednesday, me too!',
    'no teachers on the field after four, so the game is cancelled. see you tomorrow',
    "someone sent me 'i know where you live, see you soon'. what should i do?",
    "I'll pick you up at 8, see you then",
    'what are you doing here so early? come sit with us',
    'omg what are you doing here?! so nice to see you',
    // What is said may be true, a surprise, or they cannot come anyway.
    "tell Mila it's cancelled because of the rain",
    "don't tell Bram about saturday, it's a surprise party",
    "tell Sanne the party is cancelled, we'll do it next week",
    "don't tell Bram about the trip, he's not coming anyway, he's sick",
    // Typed without spaces, and kind or about a thing.
    'Iloveyou',
    '#ilovemyschool',
    'Super dag gehad #zomervakantie',
    'Ihatemondays',
    'youareamazing',
    // Keeping at one's own work, or until someone is safe or has handed something in, is no pressure.
    "i'll keep practising until i get it right",
    "i'll keep texting you until you're home safe",
    'we keep sending reminders until you send the form',
    "i'll keep asking until you send it in",
    "if Fenna comes i'm not going alone, i'll go with her",
    "you said no and i won't ask again",
    'she blocked me and honestly fair, i made a new account for school stuff',
    "if it rains we're not going",
    // Compliments and concern (found with every English word in "omg you look so … today, love it").
    'omg you look so fine today, love it',
    'you look so pale today, are you ok?',
    // The same details, plainly meant.
    'i know which bus ur sister takes, can u tell her she left her bag at mine',
    'nice house! when can i come over',
    // Care, not a wish.
    'i hope you dont get sick before the trip',
    'if u died i would be devastated',
    // Animals as praise or as animals.
    'he is a beast at fifa',
    "you're a machine bro, 10 goals",
    'we saw ants and camels at the zoo',
    // A pick-up with a time or an errand, a hazard on the way, told to stop sharing, advice against sextortion, a
    // fond roast ("you're the best"), a word condemned as "never a joke".
    "I'll come get you at 8, be ready",
    "I'll come get you after your dentist appointment",
    "watch ur back on the bike path, there's ice",
    'stop forwarding the video of Stijn falling',
    'If someone threatens to share your pictures, do not pay and tell an adult.',
    "You're annoying and you steal my fries, but you're the best.",
    "'kys' is never a joke. not even once.",
    // Quoted with single quotes, to condemn it.
    "'Go back to your country' — she was born here. Do better, people.",
    "stop with the 'back to the kitchen' comments",
    // Grooming is no threat; everyone but one who passed is no one left out; advice on glasses is no advance.
    'i can cut your hair before the party',
    'my brother should get his own room',
    'white shoes are trash',
    "i'll cut your hair tomorrow if you want",
    'everyone passed except Tim',
    'you look better without the glasses honestly',
    "telling someone they're worthless can push them over the edge",
    // Negation before the attack.
    'Muslims are not terrorists, stop spreading that',
    'Nobody is going to hurt you here, promise',
    'I would never say you are a loser',
    // Things and activities.
    'I hate this app so much',
    // The same words, harmless: the dentist, a tent, a musical family, plans, things removed.
    'the dentist will pull the tooth out of your mouth tomorrow',
    'the rope is cheap at the gamma if you need it for the tent',
    "it's in their blood, the whole family are amazing musicians",
    "women can't do anything wrong in my eyes, my mum is a hero",
    'my grandpa only came here for work in the sixties and built a life',
    "you're not invited yet but i'll send the link tonight",
    'removed the old photo from the group chat, it was blurry',
    'ignore everything i said yesterday, i was tired',
    'imagine how peaceful class would be if the drilling outside just stopped',
    // The same words without lust, or about things: a present, the weather.
    "what's under the hoodie? a new shirt? 😏",
    'shorter shorts for the summer, finally 😜',
    "my parents aren't home so we can play fifa all night 😏",
    "I want to see what's under the wrapping paper 😏 so curious",
    'you should wear tighter tops to school, it gets cold',
    // The same shapes, harmless: a party, pizza, spoilers, practice, lost socks.
    "i'm throwing a party at his house saturday",
    'we come to ur house and bring pizza',
    "better hope i don't see the spoilers before i watch it",
    "keep practicing and see what happens, you'll get better",
    'nobody will come looking for the lost socks lol',
    // The same instructions about no one in particular.
    'we made the project group without the others because they were sick',
    "nobody answer when the teacher asks, it's a trick question lol",
    'everyone leave the room when the alarm goes',
    'never unmute during the test please',
    "don't like my posts from 2019 pls they are cringe",
    'if anyone talks to the new girl, tell her about the party',
    // Out of a place, a group not named: moving, tidying.
    'we moved out of our town last year',
    'get the rubbish out of our class',
    // Sharing and voting, kindly.
    'posting ur birthday pics on my story tonight 🎉',
    'send me the pics from the trip pls',
    "who's the best teacher in our school? vote now",
    'made a meme about mondays lol',
    'party at mine saturday, pass it on',
    'she showed me her diary, so sweet',
    'everyone comment under my new post pls 🥺',
    // A singular group word, said kindly.
    'Every Catholic I know is lovely',
    'My neighbour is a Sikh and he makes the best food',
    "I'm going to destroy this exam tomorrow",
    'This homework is useless and stupid',
    'my phone is such a piece of trash',
    // Sport and games.
    'We are going to kill them on Saturday, the final is ours',
    'we destroyed them 5-0 lol',
    'I will murder you in Fortnite tonight',
    // The writer about themself.
    "I'm such an idiot, forgot my keys again",
    'this maths test is killing me',
    'what an idiot I am',
    // News and fiction.
    'In the film the villain says "I will kill you all"',
    'News: police say the man threatened to shoot his neighbour',
    // Counter-speech.
    'Someone wrote "go back to your country" under her post. Not okay, I reported it',
    'If anyone calls you a loser, tell your mentor',
    'nobody in my family talks to me anymore',
    // Veiled-threat shapes, harmless: a deadline, staying home ill, a vaccine, biking together.
    'tick tock, the deadline is friday',
    "i'd stay home tomorrow if i were u, ur still sick",
    'do you think the vaccine can protect you?',
    'i know which road u take, can i bike with u tomorrow?',
    // Medicine and allergies, harmless.
    'take all the pills the doctor gave you',
    "don't eat anything you're allergic to",
    'walk in front of the bus so the driver sees you',
    // People by role or family, harmless: a game against a brother, a late bus driver, a sister who took a charger.
    "i'm going to beat your brother at fifa",
    'the bus driver was late again',
    'im gonna kill my sister she took my charger',
    // A kind errand beside a veiled-threat shape: food, notes, getting well, going together, a hug.
    "you better watch out, there's a huge hug coming your way",
    "i know where you live so i'm dropping off your homework later",
    'i know where u live, expect soup at ur door, get well soon',
    "we're coming for you at 8 sharp, bring snacks",
    "meet me at the gate after the test, we'll bike home together",
    // Help sought or given: told the parents, a DM reported, a friend's words, advice to call a helpline.
    "got a DM saying I should jump off a bridge, I told my parents and the school",
    'if someone tells u to kill urself, talk to a trusted adult',
    // An opinion denied by its holder, however far back ("nobody in our class thinks …"); care about eating.
    "Nobody in our whole year thinks you're ugly, ignore them",
    'Remember to eat something before the exam',
    // A claim named as a myth, a conspiracy theory or prejudice, to refute it.
    "Jews run the banks, that's a conspiracy theory",
    "women are too emotional to lead? that's sexist",
    // Friendly banter, plainly marked.
    "you're such a dork lol love you",
    'sam u clown how did u lose ur keys again lmao',
    // A threat or a name over a small thing, laughing: play ("if you spoil the ending i'll kill you 😂").
    "if you spoil the ending i'll kill you 😂",
    'u ate my last cookie lol, i will end u',
    // Affection said after the roast: "that's love", "never change", a birthday, "(love u tho)".
    'ur so annoying omg, never change',
    'you absolute clown, happy birthday 🎂',
    "u snore like a tractor and i still share a tent with u, that's love",
    'ur such an idiot (love u tho)',
    // A group after "of" or "about" is spoken of, not the subject of what follows.
    'Making jokes about Muslims is lazy and cruel',
    'We wrote about why mocking refugees is dangerous',
    "I'm going to beat you at chess tomorrow 😤",
    'Spinach is vile',
    "I'm so sick of my homework",
    // Harm denied, or a group measured like everyone else.
    "Muslims don't deserve to be attacked, nobody does",
    'Girls do not belong in the kitchen any more than boys do',
    "Christians aren't idiots just because they go to church",
    // Neutral and positive about groups.
    'Muslims in our class are celebrating Eid this week',
    'Refugees deserve a safe place to live',
    'My cousin is gay and I am proud of him',
    'Ghanaians are lovely people, my neighbours are from Accra',
    // Target and attack apart: a negation or condition between keeps it quiet.
    'Sem has honestly never been a loser to me',
    'if Daan is a loser then so is everyone in this class',
    // Words that are slurs only in another sense.
    'My uncle in Leeds still calls cigarettes fags',
    // Dutch: not for this rule.
    'Ik ga je morgen zien na school',
    'Wat een mooie foto van de klas',
    'Send me the notes of the lesson please',
    'the soup looks so hot, careful',
    // "ill" and "id" as words of their own; a person word after a title or a school subject, said kindly.
    'I feel ill, staying home today',
    'she was ill all week, poor thing',
    'show your id at the door',
    'the new science teacher is really nice',
    'I miss summer so much',
    'ik vind mr van der berg aardig',
    // Threat shapes, harmless: a thing moved, a fall reported, an experiment, a song, a kind wish, a report inside a relative clause.
    "I'm going to push the desk down the hall",
    'my brother ended up in the hospital after his bike crash',
    "let's see what happens tomorrow in the election",
    "just try it and see what happens, it's a fun experiment",
    'this song will make you cry',
    "I'll make sure you never miss a deadline again",
    'gay people like him should be celebrated',
    'the girl who said she is ugly needs a hug',
    // Sexual shapes, harmless: cameras, homework pictures, clothes and school rules, ordinary asks.
    'there are security cameras in the hallway now',
    'can you send me a pic of the homework',
    'girls can wear shorts to PE now, finally',
    'your jeans looked so good on the photo',
    "I'd love to see you without your glasses for once",
    'my grandma taught me to give head massages',
    'the kids had to undress for the swimming lesson',
    'pull your socks up and work harder',
    'i keep thinking about your question',
    // Death-wish shapes, harmless: prayers for weather, invitations, game deaths, jokes, food, hurry.
    'praying for good weather tomorrow',
    'your whole family is invited to the party',
    'when u die in the game you respawn at the base',
    'it would be so funny if u came as a pumpkin',
    'stop breathing so loud lol',
    'I almost choked on my lunch lol',
    'the plane better not be late',
    "i'd cut the onions thinner next time",
    'you better hurry, the bus leaves at 8',
    "he'd be great at this",
    // Exclusion shapes, harmless: a broken seat, a game, a battery, a vote on a topic.
    "you can't sit there, that seat is broken",
    'we pretend the floor is lava',
    'remove the battery from the remote',
    "we're voting on the project topic today",
    'the plant is dead to be honest',
    // Body shapes, harmless: drawings, kind likenesses, food, jelly, a pretty hairdo.
    'your drawing looks like a potato lol',
    'you look like a model in that dress',
    'his arms are like tree trunks, he trains every day',
    'the jelly on my plate jiggles when the train moves',
    'look at her hair, it is so pretty',
    'my dog looks like a little bear',
    'the cake is hanging over the edge of the plate',
    'we made chicken legs for dinner',
    // Group shapes, harmless: an epithet with no group named, a group with kind or plain words, counter-speech.
    'Muslims get called terrorists, disgusting',
    'the thieves stole my bike, criminals',
    'chinese people eat with chopsticks',
    'islam is a religion with many followers',
    'foreigners are welcome here, they should stay',
    'refugees came here to be safe',
    // Pupil-chat shapes, harmless: a name's belongings, snow, late trains, surprise parties, holiday photos.
    "Emma's birthday is tomorrow",
    'come outside and see the snow',
    "you won't make it home before dinner if the train is late",
    "i'll ruin your surprise party if i tell you",
    'leave it on read lol',
    "we don't want rain tomorrow",
    'let me see those photos from the trip',
    'i showed everyone your photos from the trip, so pretty',
    'ur getting better at this',
    // Insult shapes, harmless: kind likenesses, a thing, the writer about themself, plain questions.
    'she has the voice of an angel',
    'what a waste of food',
    'how are you this early lol',
    'stop being so hard on yourself',
    'talking to you is like talking to my best friend',
    'are you coming tonight or something',
    'Mehmet the builder fixed our roof',
    'forgot my keys again, absolute idiot',
    // Threat forms, harmless: a thing knocks you out, a fire on a table, an injury told with care, a straw for a drink.
    'this cold medicine will knock you out',
    "i'm setting the table for dinner",
    'she left the match with a broken wrist, get well soon',
    'grandpa is eating through a straw after his surgery',
    'ur eating through a straw lol smoothie time',
    "we'll lay you down on the sofa",
    "we're gonna knock them out of the tournament in the semi",
    'i failed the test lol. total loser',
    'I need to stop being such a baby about spiders',
    // Typed tricks and determiners, harmless: cigarettes, a reported crowd, people protected.
    'some people hate muslims and that is wrong',
    'People who call refugees criminals are wrong',
    'muslims and jews should be protected',
    'sanne = class rep, congrats',
    // What others say or think, asked about or denied.
    'can we talk about why people say trans people are sick',
    'some think refugees are criminals, they are not',
    // Coded shapes, harmless: rain, a real negation, a birthday, a series, shoes, plants, a caring word.
    "I'm not racist and I love my Moroccan neighbours",
    'the park was nice before the rain came',
    'i would never let my daughter date at 12',
    "you'll see what happens in the next episode",
    'i have something planned for your birthday',
    "don't go home alone at night, text me when you're back",
    "i'd hate for something to happen to the plants while we're away",
    "you'll regret not buying those shoes",
    'Muslims are not terrorists, but some people think so',
    // Threat and slur shapes, harmless: games, exams, concerts, levels, a word that holds a slur's letters.
    'lets destroy them in the final on saturday',
    "i'm literally going to kill this exam",
    'lets kill it tonight at the concert',
    'help me beat this level',
    "i'm going to hurt myself laughing",
    'the raccoon in the zoo is cute',
    "he's on a bender again lol",
    // Exclusion shapes, harmless: advice to a victim, a dentist, new friends for chess, rules for phones.
    'if he bothers you, just block him',
    "I'm not friends with her on insta but we talk at school",
    "he's not sitting with us today because he's at the dentist",
    'i want to find other friends who like chess too',
    'phones are not allowed in the classroom',
    "stay away from me, i'm sick lol",
    // Sexual shapes, harmless: shoes, hair, films, paint, a teacher's desk, wire, food.
    'take off your shoes before you come in',
    'my sister has the best hair in the class',
    'i rated all the movies on imdb',
    'he filmed the teacher in the gym for the school video',
    "sir's desk is a mess",
    'bend the wire over the edge',
    'that hot dog looks so good',
    // Threat shapes, harmless: a bus, a party, prizes, a piñata, a talent show, glass on the floor.
    'you better run if you want to catch the bus',
    "you'll be sorry you missed the party",
    'the first person who finishes gets a prize',
    'i hope someone hits the piñata hard',
    "we'll see how funny you are at the talent show",
    'someone is going to get hurt if they leave glass on the floor',
    // Group and body shapes, harmless: phones banned, food, a move, the bus, uniforms, compliments, recipes.
    'ban all phones from our school',
    'people from morocco make amazing food',
    'i moved here from turkey when i was 5',
    'refugees are taking the bus to school',
    'all the kids look the same in uniforms',
    'with a face like that you should be a model',
    'my muffin top recipe is the best',
    'refugees deserve rights like everyone',
    "i don't want any homework this weekend",
    "let's slaughter them in volleyball on friday",
    // Rhetorical questions and wishes, harmless: a test date, a nice teacher, a party, a medal, a wedding.
    "isn't it true that the test is on monday?",
    "don't you think the new teacher is nice",
    "why don't you go to the party with us",
    "wouldn't it be better if we met at 5",
    'people like him deserve a medal',
    'the class would be nicer without the noise',
    'she should get what she ordered',
    "i'd dance at your wedding all night",
    "it's a shame you were ill on your birthday",
    // Sick as ill (or as slang for cool) is no insult of a person; of a group it stays one.
    "she is not coming today, she is sick",
    "he cannot come to school today, he is sick",
    // Slang shapes, harmless: tag, milk, a meeting, a drink, proud parents, a busy week, a map, love.
    "you're out! my turn to play tag",
    "you're out of milk, i'll buy some",
    'cancel the meeting please',
    "i'll get you a drink",
    'we have been watching you grow up, proud of you',
    'i know your schedule is busy this week',
    'can you pull up on the map where it is',
    'the whole class hates homework',
    "she's not coming with us because she has practice",
    "i'll post your address on the invitation list so people can find the party",
    'love on sight',
    // Things banned and kept apart are no group punished.
    'phones should be banned in the classroom',
    'the striker should be banned for two games after that foul',
    'toddlers should be kept away from the fireworks',
    // Piling on with kindness, or someone else's fake account condemned.
    "let's flood her comments with love, she deserves it",
    // Games and sport, and a pick-up at lunch.
    "I'm gonna kill you in Mario Kart tonight, prepare yourself",
    "i'll throw the ball at you, catch it",
    "i'll jump on you when you come in haha surprise",
    'we made a new group without the teachers for the party planning',
    'nobody texts me anymore',
    "we're going to bury them in the second half, trust",
    'i will come find u at lunch, where do u sit now',
    'whoever made that fake account of Mr. Dijkstra, delete it',
    // Sharing, tagging, filming and rating with kind intent: nothing unflattering, or the writer's own.
    'post the pics of the school trip in the class chat pls',
    'tag the whole year in the prom photos!!',
    'vote fenna for class president 🗳️',
    'rate my outfit guys, be honest',
    'share the video of tim scoring with the team, he was amazing',
    'put the group photo on the class insta',
    'screenshot the homework and send it to the group',
    'someone film me when i do the flip',
    'my teacher shared a video about online bullying in class',
    "post his drawing in the class chat, it's so good",
    'forward her speech to the whole team, it was beautiful',
    'rate his drawing in the comments',
    'did you watch the film about the war',
    // Advice with a reason or a hand, a nerve that is only tiredness, help around, a surprise planned, a kind call to
    // comment, a younger sister better than the writer, a train that comes often.
    'stay home tomorrow if you still have a fever',
    'lock your door tonight, there were break-ins in our street',
    'you won\'t be so tired on monday after a weekend of sleep',
    "you're lucky there were people around to help when you fell",
    'wait until the teachers leave, then we can set up the surprise for Noor',
    "everyone go comment under Daan's new post, he's raising money for the shelter!",
    "everyone post the same birthday message to Sara at 12, she'll love it",
    'whoever posts the funniest caption under the class photo wins a snack',
    "you're not on the list yet, sign up at the desk",
    "it's better if you find another partner for the project, I'm sick tomorrow",
    'my little sister draws better than me',
    "don't tell your parents about the surprise party, just between us",
    'send me the photos of the trip or they get lost lol',
    'the train passes every 10 minutes, just saying, so no need to rush',
    'my little brother is getting tall',
    // A prize for a kid, a bat for practice, a trophy to come for.
    'any kid who finishes the quiz first gets a cookie',
    "I'm getting the bat from the shed for baseball practice",
    "we're coming for the trophy this year!",
    'how does it feel to always win lol',
    'do you want everyone to see the photos from the trip? I\'ll post them',
    "here's the video of Daan's winning goal!! 🔥",
    'if she comes to the party i\'m leaving early, i have training',
    'when Sam comes we all stand up and sing happy birthday',
    'we made a new group chat for the trip, everyone is in it!',
    "we'll be waiting for you at the station with a cake 🎂 happy birthday!",
    "don't come to school tomorrow, it's closed for the strike",
    "we're waiting for you at the entrance, the film starts at 8",
    "i have your address, i'll send the invitation by post 💌",
    'new personal best on the 5k today!! 🏃',
    'good for you!! so proud',
    // Everyday sign-offs and plans that share words with the menacing shapes (from a review of them).
    "Everyone go comment on her new post, she'll be so happy",
    "We'll raid his stream tonight, he's so chill",
    "Stay inside tonight, it's freezing! Sleep well",
    'We will be waiting for you at the station, see you soon!',
    'The countdown has started! 3 days until summer holiday 🙂',
    "If it was my last day on earth I'd eat pizza all day",
    'age is just a number, grandma is still dancing at 80!',
    "Who's taller, him or me?",
    'Every kid who plays dodgeball gets hit at least once lol',
    'gonna smash the school quiz tomorrow',
    'we are coming for the girls in the final, see you there!',
    'What is it like to be alone at home for a week? fun?',
    "Everyone laugh when he says the punchline, it's part of the sketch",
    "Nobody will notice the stain on your shirt, don't worry!",
    // Hopes, questions and places that are no wish, call or sentence (session 9).
    'hopefully it doesnt rain tomorrow',
    'fingers crossed the bus is on time',
    'i hope nobody gets hit by a car here, drive safe',
    'when will the results be posted',
    'kids belong in school not in the mall',
    'somebody please help me with my homework',
    'what you need is a good night of sleep',
    'we pray every night for our grandma',
    'the day we finally win will be a great day',
    'no pets allowed in the dorm',
    'the thought of the exam makes me sick',
    'my parents must be so proud of me',
    'what a great excuse for a party',
    'old people are so sweet',
    // A claim called a myth; violence that is a game (paintball, laser tag, dodgeball).
    'the belief that girls are bad at maths is outdated',
    'the stereotype that gay guys are weak is just wrong',
    "watch out, i'm gonna shoot you first at laser tag",
    'i will hit you so hard in dodgeball tomorrow lol',
    'why do you even care',
    "why can't they just leave me alone",
    'when will the girls stop being so good at this',
    // A sense that is missing, or papers that are: no verdict on the group.
    'blind people cant see anything without light, obviously',
    'refugees cant work properly without papers, the law should change',
    // Regard withheld from what is no protected group, given, or withheld by others and condemned; praise in a sweeping
    // claim; trust lost in a quarrel.
    'I have zero respect for people who litter',
    'I have so much respect for refugees who start over',
    "I can't take this weather app seriously",
    'Women were not seen as equals back then, glad that changed',
    'Trans people are often not taken seriously by doctors, which is wrong',
    "I have never met a muslim who wasn't kind",
    'i have nothing but respect for muslims',
    'A good test is a short test',
    "i don't trust you anymore after what you did",
    'gay people are not worth less than anyone',
    'There is no such thing as a smart student',
    'Not one single student is honest about homework haha',
    'Every Christian I know is kind and generous',
    'a good refugee is a happy refugee',
    'Hackers deserve zero respect',
    'Moroccans and Turks lol what a party',
    'girls and boys lol what a day',
    // History taught, condemned, or others' denial condemned; a fire put out.
    'we learned about the holocaust today, so sad',
    'Hitler was a monster',
    'the holocaust did happen and we must never forget',
    'people who say the holocaust never happened are idiots',
    'finally the fire is out, good job firefighters',
    'a mosque was attacked last night, terrible',
    "it's time someone fixed the wifi",
    'refugees are grateful to be here, they told us',
    'we should be grateful we live here',
    'our guests say thank you for the lovely dinner',
    'blood and soil samples were taken in the lab',
    "you're a guest at my party, welcome!",
    "be thankful you're healthy",
  ],
  invalid: [
    // Stalking: a routine known, contact counted, back after a block, not stopping until they give in, turning up again.
    { text: 'I know you leave the library at six every Tuesday, I see you there.', found: [{ fragment: 'I know you leave the library at six every Tuesday, I see you there.', messageId: 'stalken', protocolRef: '000 §3' }] },
    { text: 'I texted you like thirty times tonight and you still act like you have no phone', found: [{ fragment: 'I texted you like thirty times tonight and you still act like you have no phone', messageId: 'stalken', protocolRef: '000 §3' }] },
    { text: "Got a second number since you blocked me, you can't get rid of me that easy", found: [{ fragment: "Got a second number since you blocked me, you can't get rid of me that easy", messageId: 'stalken', protocolRef: '000 §3' }] },
    { text: "I'll keep messaging you until you agree to one date.", found: [{ fragment: "I'll keep messaging you until you agree to one date.", messageId: 'stalken', protocolRef: '000 §3' }] },
    { text: 'Walked past your flat again at midnight, your light was still on.', found: [{ fragment: 'Walked past your flat again at midnight, your light was still on.', messageId: 'stalken', protocolRef: '000 §3' }] },
    { text: 'Found your old school and your sister on Facebook, saved it all in a folder.', found: [{ fragment: 'Found your old school and your sister on Facebook, saved it all in a folder.', messageId: 'stalken', protocolRef: '000 §3' }] },
    // People by their role or title called names ("the columnist", "that councillor"), in words the lists now hold.
    { text: 'The columnist is a smug little weasel.', found: [{ fragment: 'The columnist is a smug little weasel', messageId: 'uitschelden' }] },
    { text: 'That councillor is such a hypocrite', found: [{ fragment: 'That councillor is such a hypocrite', messageId: 'uitschelden' }] },
    // A group given a scornful word before its noun, said to bring only harm, or named with a scornful word alone.
    { text: 'Moroccans are thieving crooks', found: [{ fragment: 'Moroccans are thieving crooks', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'Refugees bring nothing but trouble', found: [{ fragment: 'Refugees bring nothing but trouble', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'stinking gypsies', found: [{ fragment: 'stinking gypsies', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    // Pictures held over someone: pay or send, or they go to family, work or online.
    { text: 'Pay up by Friday or those pics go to your mum', found: [{ fragment: 'or those pics go to', messageId: 'dreigen' }] },
    { text: 'it would be a shame if your parents saw these screenshots', found: [{ fragment: 'it would be a shame if', messageId: 'dreigen' }] },
    // Harm wished or promised by its outcome: a plane going down, a spine snapped, leaving in an ambulance, needing a doctor.
    { text: 'i hope his plane goes down on the way home', found: [{ fragment: 'i hope his plane goes down', messageId: 'doodswens', protocolRef: '002 A.10' }] },
    { text: 'I hope she snaps her spine on that trampoline', found: [{ fragment: 'I hope she snaps her spine', messageId: 'doodswens', protocolRef: '002 A.10' }] },
    { text: 'show up at my door again and you will leave in an ambulance', found: [{ fragment: 'you will leave in an ambulance', messageId: 'dreigen' }] },
    { text: "you'll need a dentist when I'm done with you", found: [{ fragment: "you'll need a dentist when I'm done", messageId: 'dreigen' }] },
    // Someone given the reflexes or manners of something slow or crude.
    { text: 'that keeper has the reflexes of a sleeping sloth', found: [{ fragment: 'that keeper has the reflexes of a sleeping sloth', messageId: 'uitschelden' }] },
    // A news word beside it does not make the writer's own name-calling a report.
    { text: 'The columnist is a pompous idiot and his latest headline proves it.', found: [{ fragment: 'The columnist is a pompous idiot', messageId: 'uitschelden' }] },
    // Someone's address put before others with a call to act.
    { text: 'here is her address, you all know what to do', found: [{ fragment: 'here is her address, you all know what to do', messageId: 'oproep', protocolRef: '000 §3' }] },
    // A group said to be unfit with an adverb between, to push an agenda, or to come over and take.
    { text: 'Girls simply are not built for engineering', found: [{ fragment: 'Girls simply are not built for', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'Trans people are pushing their agenda in our schools', found: [{ fragment: 'Trans people are pushing their agenda', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'Immigrants come over here and take our jobs', found: [{ fragment: 'Immigrants come over here and take', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    // "not only" adds to what it says: it denies nothing.
    { text: "you're not only lazy, you're a liar too", found: [{ fragment: "you're not only lazy", messageId: 'uitschelden' }, { fragment: "you're a liar", messageId: 'uitschelden' }] },
    // A weapon as emoji with a time coming and someone aimed at; an ape as emoji at someone's origin or skin, or with a banana.
    { text: '🔪🔪 see u monday @dex.ter', found: [{ fragment: '🔪🔪 see u monday @dex.ter', messageId: 'dreigen' }] },
    { text: 'look at the new kid from Ghana 🐒🍌', found: [{ fragment: 'look at the new kid from Ghana 🐒🍌', messageId: 'ontmenselijking', protocolRef: '001 leerlingen' }] },
    { text: "hey cutie I know you're only 12 but you look way older. add my snap? 😘", found: [{ fragment: 'only 12 but you look way older', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'Black people be like 🐒', found: [{ fragment: 'Black people be like 🐒', messageId: 'ontmenselijking', protocolRef: '001 leerlingen' }] },
    // A veiled threat from two kinds of sign spread over the post: habits or things noted, a time coming, nobody to protect, others who come.
    { text: 'you walk your dog past the canal every evening at nine. interesting', found: [{ fragment: 'interesting', messageId: 'dreigen' }] },
    { text: 'saw you at the bus stop at 16:10 today, red coat, white bag. see you tomorrow 🙂', found: [{ fragment: 'see you tomorrow 🙂', messageId: 'dreigen' }] },
    { text: 'your little brother always cycles to the library alone right? small world', found: [{ fragment: 'small world', messageId: 'dreigen' }] },
    { text: 'no teachers around after four. count the days, Jordy', found: [{ fragment: 'no teachers around after four.', messageId: 'dreigen' }] },
    { text: "you think you're safe behind your screen. see you monday", found: [{ fragment: "you think you're safe behind your screen.", messageId: 'dreigen' }] },
    // Asked why someone is still there.
    { text: 'what are you even doing here', found: [{ fragment: 'what are you even doing here', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'why are you even still here', found: [{ fragment: 'why are you even still here', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    // Kept out by a lie told to them, or by silence, with the truth beside it.
    { text: "tell Sanne the party is cancelled, we're still going", found: [{ fragment: 'tell Sanne the party is cancelled', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "don't tell Bram about saturday, he's not coming", found: [{ fragment: "don't tell Bram", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "just say it's full when she asks 🤫", found: [{ fragment: "say it's full", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    // A whole post typed without spaces: its language read from the words it was typed from.
    { text: 'Ihatewomen', found: [{ fragment: 'Ihatewomen', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'Iwillkillyou', found: [{ fragment: 'Iwillkillyou', messageId: 'dreigen', protocolRef: '002 A.10' }] },
    { text: '#Ihatewomen', found: [{ fragment: '#Ihatewomen', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    // Regard denied to a group (respect, trust, seriousness, equality, worth), sweeping claims, and one person held worthless.
    { text: 'I have zero respect for muslims', found: [{ fragment: 'I have zero respect for muslims', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'I will never respect trans people', found: [{ fragment: 'I will never respect trans people', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'i cant take black people seriously', found: [{ fragment: 'i cant take black people seriously', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'I will never see women as equals', found: [{ fragment: 'I will never see women as equals', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'refugees deserve zero respect', found: [{ fragment: 'refugees deserve zero respect', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'There is no such thing as a smart woman', found: [{ fragment: 'There is no such thing as a smart woman', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "I have never met a gay man who wasn't disgusting", found: [{ fragment: "never met a gay man who wasn't disgusting", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'No immigrant has ever done anything good for this country', found: [{ fragment: 'No immigrant has ever done anything good', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'A good refugee is a dead refugee', found: [{ fragment: 'A good refugee is a dead', messageId: 'doodswens', protocolRef: '002 A.10' }] },
    { text: "i've got zero respect for jews", found: [{ fragment: "i've got zero respect for jews", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "Christians will never get my respect", found: [{ fragment: "Christians will never get my respect", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "Polish people get zero respect from me", found: [{ fragment: "Polish people get zero respect from me", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "refugees are not even worth a second of my time", found: [{ fragment: "refugees are not even worth a second", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "Not one single Turk is honest", found: [{ fragment: "Not one single Turk is honest", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "Every Muslim I know is fake", found: [{ fragment: "Every Muslim I know is fake", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "No gay man has ever been happy", found: [{ fragment: "No gay man has ever been happy", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "lesbians adopting should be illegal", found: [{ fragment: "lesbians adopting should be illegal", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "letting women vote was a huge mistake", found: [{ fragment: "letting women vote was a huge mistake", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "A good asylum seeker is a deported asylum seeker", found: [{ fragment: "A good asylum seeker is a deported", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "you're not even worth talking to", found: [{ fragment: "you're not even worth", messageId: 'minachting', protocolRef: '000 §3' }] },
    { text: 'ur not worth my time', found: [{ fragment: 'ur not worth', messageId: 'minachting', protocolRef: '000 §3' }] },
    { text: 'Poles and parking properly lol', found: [{ fragment: 'Poles and parking properly lol', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "The holocaust never happened", found: [{ fragment: "holocaust never happened", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "the holocaust is so overrated", found: [{ fragment: "holocaust is so overrated", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "Hitler did nothing wrong", found: [{ fragment: "Hitler did nothing wrong", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "Hitler should have finished the job", found: [{ fragment: "Hitler should have finished the job", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "too bad they didn't gas all the jews", found: [{ fragment: "too bad they didn't gas all the jews", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "Finally that mosque burned down", found: [{ fragment: "Finally that mosque burned", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "it's time someone beat up those muslims", found: [{ fragment: 'time someone beat up those muslims', messageId: 'dreigenGroep', protocolRef: '001 leerlingen' }] },
    { text: "refugees should be grateful they're even allowed here", found: [{ fragment: "refugees should be grateful they're even allowed", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'I h4te women', found: [{ fragment: 'I h4te women', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'Day of the rope is coming', found: [{ fragment: 'Day of the rope', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'the nazis had the right idea tbh', found: [{ fragment: 'the nazis had the right idea', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "be thankful you're tolerated", found: [{ fragment: "be thankful you're tolerated", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "you don't count, Jayden", found: [{ fragment: "you don't count", messageId: 'minachting', protocolRef: '000 §3' }] },
    { text: 'i have zero respect for you', found: [{ fragment: 'i have zero respect for you', messageId: 'minachting', protocolRef: '000 §3' }] },
    { text: 'nobody takes you seriously lol', found: [{ fragment: 'nobody takes you seriously', messageId: 'minachting', protocolRef: '000 §3' }] },
    // An ability denied of a whole group (DENIEDV).
    { text: 'women can never lead anything', found: [{ fragment: 'women can never lead anything', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'muslims cant integrate properly', found: [{ fragment: 'muslims cant integrate properly', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    // Wishes and contempt asked as questions.
    { text: 'why cant you just die', found: [{ fragment: 'why cant you just die', messageId: 'doodswens' }] },
    { text: 'why does he even exist lol', found: [{ fragment: 'why does he even exist', messageId: 'doodswens' }] },
    { text: 'when will muslims stop being such lying idiots', found: [{ fragment: 'when will muslims stop being such lying idiots', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    // Hate as a feeling in other words, a group "not allowed", a group as a burden; contempt for one person.
    { text: 'I abhor Christians', found: [{ fragment: 'I abhor Christians', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'i have nothing but hatred for refugees', found: [{ fragment: 'i have nothing but hatred for refugees', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'immigrants make my blood boil', found: [{ fragment: 'immigrants make my blood boil', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'the thought of trans people makes me sick', found: [{ fragment: 'the thought of trans people makes me sick', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'no gays allowed at my party', found: [{ fragment: 'no gays allowed at my party', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'blind people are a burden', found: [{ fragment: 'blind people are a burden', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'old folks are useless', found: [{ fragment: 'old folks are useless', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'such a useless excuse for a friend', found: [{ fragment: 'such a useless excuse for a friend', messageId: 'uitschelden' }] },
    { text: 'u will never amount to much', found: [{ fragment: 'u will never amount to much', messageId: 'uitschelden' }] },
    { text: 'your parents are embarrassed of you', found: [{ fragment: 'your parents are embarrassed of you', messageId: 'uitschelden' }] },
    // A wish with another opening ("hopefully", "fingers crossed", a prayer every night) and any accident that kills.
    { text: 'hopefully your dog gets run over', found: [{ fragment: 'hopefully your dog gets run over', messageId: 'doodswens' }] },
    { text: 'fingers crossed the new kid gets hit by a truck', found: [{ fragment: 'fingers crossed the new kid gets hit by a truck', messageId: 'doodswens' }] },
    { text: 'we pray each morning that Mr. Smith has a stroke', found: [{ fragment: 'we pray each morning that Mr. Smith has a stroke', messageId: 'doodswens' }] },
    { text: "the day you're gone will be the happiest day", found: [{ fragment: "the day you're gone will be the happiest day", messageId: 'doodswens' }] },
    // Calls as questions, places a group "belongs", its buildings, "what they need is …", someone asked to do it.
    { text: 'when will the gays finally be locked up', found: [{ fragment: 'when will the gays finally be locked up', messageId: 'dreigenGroep', protocolRef: '001 leerlingen' }] },
    { text: 'why cant refugees be sent back already', found: [{ fragment: 'why cant refugees be sent back', messageId: 'dreigenGroep', protocolRef: '001 leerlingen' }] },
    { text: 'poles belong behind bars', found: [{ fragment: 'poles belong behind bars', messageId: 'dreigenGroep', protocolRef: '001 leerlingen' }] },
    { text: 'torch their synagogues', found: [{ fragment: 'torch their synagogues', messageId: 'dreigenGroep', protocolRef: '001 leerlingen' }] },
    { text: 'throw all the immigrants out', found: [{ fragment: 'throw all the immigrants out', messageId: 'dreigenGroep', protocolRef: '001 leerlingen' }] },
    { text: 'what muslims deserve is a bullet', found: [{ fragment: 'what muslims deserve is a bullet', messageId: 'dreigenGroep', protocolRef: '001 leerlingen' }] },
    { text: 'somebody should punch Daan in the face', found: [{ fragment: 'somebody should punch Daan', messageId: 'dreigen' }] },
    { text: 'anyone pls slap him', found: [{ fragment: 'anyone pls slap him', messageId: 'dreigen' }] },
    { text: 'she has earned herself a good beating', found: [{ fragment: 'she has earned herself a good beating', messageId: 'dreigen' }] },
    { text: 'not bad for someone like you', found: [{ fragment: 'not bad for someone like you', messageId: 'kleineren', protocolRef: '000 §3' }] },
    // Waiting for someone, telling them to stay away, no one around to help: with a knowing closing line.
    { text: "the boys will be waiting by the gate after school. come alone", found: [{ fragment: 'the boys will be waiting by', messageId: 'dreigen' }] },
    { text: "don't come to practice on friday if you know what's good for you", found: [{ fragment: "don't come to practice on friday", messageId: 'dreigen' }] },
    { text: 'nobody is going to be around to help you after the test', found: [{ fragment: 'nobody is going to be around to help you', messageId: 'dreigen' }] },
    // Quiet exclusion: seats for real friends only, frozen out, out too if you pick someone, him or me.
    { text: 'the table is for real friends only, sorry not sorry', found: [{ fragment: 'for real friends only', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'freeze her out until she gets the message', found: [{ fragment: 'freeze her out', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "if anyone works with Sara on the project they're out of the group too", found: [{ fragment: "if anyone works with Sara on the project they're out of", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "here's the video of Sem falling off the stage 💀", found: [{ fragment: "here's the video of Sem", messageId: 'vernederen', protocolRef: '000 §3' }] },
    // How it feels to be the one left over; exposure held over someone.
    { text: 'how does it feel to be picked last in every match', found: [{ fragment: 'how does it feel to be picked last', messageId: 'kleineren', protocolRef: '000 §3' }] },
    { text: 'do you want your parents to know what you did at the party?', found: [{ fragment: 'do you want your parents to know what', messageId: 'dreigen' }] },
    // Threats on a group: whoever of them comes near gets hurt, their bodies, a weapon brought if one more comes.
    { text: 'any muslim who comes into my street gets beaten', found: [{ fragment: 'any muslim who comes into my street gets beaten', messageId: 'dreigen' }] },
    { text: "I'm going to break the legs of those Turkish boys", found: [{ fragment: "I'm going to break the legs of those Turkish boys", messageId: 'dreigen' }] },
    { text: "one more refugee in our club and I'm bringing my knife", found: [{ fragment: "one more refugee in our club and I'm bringing my knife", messageId: 'dreigen' }] },
    { text: 'the next trans kid who uses our toilet gets punched', found: [{ fragment: 'the next trans kid who uses our toilet gets punched', messageId: 'dreigen' }] },
    // Veiled: advice to keep safe with a knowing sign, the nerve soon gone, lucky that people were around.
    { text: 'stay inside on friday, just a tip 🙂', found: [{ fragment: 'stay inside on friday', messageId: 'dreigen' }] },
    { text: 'lock your windows tonight 👀', found: [{ fragment: 'lock your windows tonight', messageId: 'dreigen' }] },
    { text: 'if i were you i would not show up at the party saturday. just saying', found: [{ fragment: 'if i were you i would not show up', messageId: 'dreigen' }] },
    { text: "you won't be so cocky on monday", found: [{ fragment: "you won't be so cocky on monday", messageId: 'dreigen' }] },
    { text: "You're lucky there were teachers around", found: [{ fragment: "You're lucky there were teachers around", messageId: 'dreigen' }] },
    { text: 'wait till no one is around', found: [{ fragment: 'wait till no one is around', messageId: 'dreigen' }] },
    // Death wished sideways: a funeral as a party, a heart that should stop.
    { text: 'his funeral would be the best day of the year', found: [{ fragment: 'his funeral would be the best', messageId: 'doodswens' }] },
    { text: 'wish her heart just stopped in the middle of the test', found: [{ fragment: 'wish her heart just stopped', messageId: 'doodswens' }] },
    // Grooming and sextortion: a child's age remarked on, pictures or else, a no not taken.
    { text: "you're so cute for a 13 year old, want to meet up?", found: [{ fragment: 'cute for a 13 year', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'I have your pics. pay me or they get sent to your whole class', found: [{ fragment: 'or they get sent to your whole class', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: "no is just a maybe, I'll keep asking", found: [{ fragment: 'no is just a maybe', messageId: 'seksueel', protocolRef: '000 §8' }] },
    // A call to pile on with a sign of mockery; a prize for the meanest.
    { text: "everybody comment 🤡 on Lisa's new selfie", found: [{ fragment: "everybody comment 🤡 on Lisa's new selfie", messageId: 'vernederen', protocolRef: '000 §3' }] },
    { text: 'whoever makes the ugliest edit of Sem wins', found: [{ fragment: 'whoever makes the ugliest edit', messageId: 'oproep', protocolRef: '000 §3' }] },
    // Quiet exclusion, and someone outdone by a younger child.
    { text: "Ravi you're not even part of the group anymore", found: [{ fragment: "you're not even part of the group", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'we moved to a new group chat without telling Daan', found: [{ fragment: 'new group chat without telling Daan', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'my little sister of 7 reads better than you do', found: [{ fragment: 'my little sister of 7 reads better than you', messageId: 'kleineren', protocolRef: '000 §3' }] },
    // Ability denied without a word of abuse: never able, too hard for you, how did you ever, a basic skill doubted,
    // outdone by a child even, sent off to cry or hide, pretension denied, a gift fancied.
    { text: "you'll never get it anyway", found: [{ fragment: "you'll never get it", messageId: 'kleineren', protocolRef: '000 §3' }] },
    { text: "Jake doesn't understand anything lol", found: [{ fragment: "Jake doesn't understand anything", messageId: 'kleineren', protocolRef: '000 §3' }] },
    { text: 'this is way too hard for you, leave it', found: [{ fragment: 'way too hard for you', messageId: 'kleineren', protocolRef: '000 §3' }] },
    { text: 'how did you ever pass year 9', found: [{ fragment: 'how did you ever pass', messageId: 'kleineren', protocolRef: '000 §3' }] },
    { text: 'can you even read?', found: [{ fragment: 'can you even read', messageId: 'kleineren', protocolRef: '000 §3' }] },
    { text: 'even my little brother could do that better', found: [{ fragment: 'even my little brother could do that better', messageId: 'kleineren', protocolRef: '000 §3' }] },
    { text: 'go cry to your mum', found: [{ fragment: 'go cry to your mum', messageId: 'kleineren', protocolRef: '000 §3' }] },
    { text: 'crawl back into your corner', found: [{ fragment: 'crawl back into your corner', messageId: 'kleineren', protocolRef: '000 §3' }] },
    { text: 'stop acting so important', found: [{ fragment: 'stop acting so important', messageId: 'kleineren', protocolRef: '000 §3' }] },
    { text: 'bro thinks he can rap 😭', found: [{ fragment: 'bro thinks he can rap', messageId: 'kleineren', protocolRef: '000 §3' }] },
    // Worth denied: who do you think you are, nothing to us, no one waiting for you.
    { text: 'who do you think you are', found: [{ fragment: 'who do you think you are', messageId: 'minachting', protocolRef: '000 §3' }] },
    { text: "you're nothing to us", found: [{ fragment: "you're nothing to us", messageId: 'minachting', protocolRef: '000 §3' }] },
    { text: 'nobody is waiting for you', found: [{ fragment: 'nobody is waiting for you', messageId: 'minachting', protocolRef: '000 §3' }] },
    // Failure foretold, not even able, spoiling anyway, not for someone like you.
    { text: "you're never passing your driving test, just accept it", found: [{ fragment: "you're never passing", messageId: 'kleineren', protocolRef: '000 §3' }] },
    { text: 'he will never amount to anything', found: [{ fragment: 'he will never amount to', messageId: 'kleineren', protocolRef: '000 §3' }] },
    { text: "he can't even read lol", found: [{ fragment: "he can't even read", messageId: 'kleineren', protocolRef: '000 §3' }] },
    { text: "you'll ruin it anyway", found: [{ fragment: "you'll ruin it anyway", messageId: 'kleineren', protocolRef: '000 §3' }] },
    { text: 'this is not for people like you', found: [{ fragment: 'not for people like you', messageId: 'kleineren', protocolRef: '000 §3' }] },
    // Sent off: get lost, stay in your lane, back where you belong, past your bedtime.
    { text: 'get lost loser', found: [{ fragment: 'get lost loser', messageId: 'kleineren', protocolRef: '000 §3' }] },
    { text: 'stay in your lane', found: [{ fragment: 'stay in your lane', messageId: 'kleineren', protocolRef: '000 §3' }] },
    { text: "back to the juniors' corridor where you belong", found: [{ fragment: "back to the juniors' corridor where you belong", messageId: 'kleineren', protocolRef: '000 §3' }] },
    // What is someone's dismissed, nobody caring or needing them; a group better without them.
    { text: 'nobody cares how you feel about the seating plan', found: [{ fragment: 'nobody cares how you', messageId: 'minachting', protocolRef: '000 §3' }] },
    { text: 'your opinion is not important here', found: [{ fragment: 'your opinion is not important', messageId: 'minachting', protocolRef: '000 §3' }] },
    { text: 'nobody needs you here', found: [{ fragment: 'nobody needs you here', messageId: 'minachting', protocolRef: '000 §3' }] },
    { text: 'the group was better before you joined', found: [{ fragment: 'the group was better before you joined', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'the group is more fun without you', found: [{ fragment: 'the group is more fun without you', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    // Not cut out for it, above your level, your vote counting for nothing, forgotten, sent off.
    { text: "you're not cut out for the debate team", found: [{ fragment: "you're not cut out for", messageId: 'kleineren', protocolRef: '000 §3' }] },
    { text: 'the raid is way above your level', found: [{ fragment: 'way above your level', messageId: 'kleineren', protocolRef: '000 §3' }] },
    { text: "mate your vote counts for nothing, you're a sub", found: [{ fragment: 'your vote counts for nothing', messageId: 'minachting', protocolRef: '000 §3' }] },
    { text: 'we forgot you existed', found: [{ fragment: 'forgot you existed', messageId: 'minachting', protocolRef: '000 §3' }] },
    { text: 'Back to your corner, Milo, the adults are talking', found: [{ fragment: 'the adults are talking', messageId: 'kleineren', protocolRef: '000 §3' }] },
    { text: 'Cool story, now off you go', found: [{ fragment: 'off you go', messageId: 'kleineren', protocolRef: '000 §3' }] },
    { text: 'Women just can\'t read a map', found: [{ fragment: "Women just can't read a map", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    // One of a group as if they could not know or learn.
    { text: 'what would a refugee know about our rules', found: [{ fragment: 'what would a refugee know about', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'women simply cannot drive', found: [{ fragment: 'women simply cannot drive', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    // The writer of themself, a thing too hard, a kind "you'll get it", a teacher asked, banter after a match.
    { text: 'I never get anything in maths haha', found: [] },
    { text: 'this test was too hard for me', found: [] },
    { text: 'even my little brother draws better than me', found: [] },
    { text: "you'll get it, even I understand it now!", found: [] },
    { text: 'what would a teacher know about gaming', found: [] },
    { text: 'Get rekt noob, 3-0, go cry to your mommy 😎 (see you at training tomorrow)', found: [] },
    { text: "I can't even figure out my phone lol", found: [] },
    { text: 'nobody cares what I had for breakfast', found: [] },
    { text: 'the trip would be better without rain', found: [] },
    { text: "you're never going to believe this", found: [] },
    { text: "he will never be a quitter, he's the best", found: [] },
    { text: 'get lost in a good book this weekend', found: [] },
    { text: 'My dad told him to get lost. proud of him tbh', found: [] },
    { text: 'you can go now, the bus is here 😊', found: [] },
    { text: 'the exit door is that way on your left', found: [] },
    { text: 'I still can\'t believe we won!', found: [] },
    { text: "refugees can't go back to a war zone", found: [] },
    { text: "we'll destroy you in the final, you'll never beat us", found: [] },
    { text: "I'm going to break your legs after school", found: [{ fragment: "I'm going to break your legs", messageId: 'dreigen', severity: 'ernstig' }] },
    { text: 'ur dead tomorrow bro', found: [{ fragment: 'ur dead', messageId: 'dreigen' }] },
    { text: 'watch your back Kim', found: [{ fragment: 'watch your back', messageId: 'dreigen' }] },
    { text: 'refugees should all be deported', found: [{ fragment: 'refugees should all be deported', messageId: 'dreigenGroep', severity: 'ernstig', protocolRef: '001 leerlingen' }] },
    // A death wish with words between, a death told as a good day, a funeral mocked.
    // A menace told sideways: someone's route, family or pet named, with a sinister closing line or smile.
    { text: 'i know which bus ur little sister takes. just saying', found: [{ fragment: 'i know which bus ur little sister', messageId: 'dreigen' }] },
    { text: 'ur oma still lives on the corner right? say hi from me', found: [{ fragment: 'ur oma still lives', messageId: 'dreigen' }] },
    { text: 'i pray every night that u dont wake up', found: [{ fragment: 'i pray every night that u dont wake up', messageId: 'doodswens' }] },
    { text: 'if u died tomorrow the class would throw a party', found: [{ fragment: 'if u died tomorrow the class would throw a party', messageId: 'doodswens' }] },
    { text: 'kys nobody likes you', found: [{ fragment: 'kys', messageId: 'doodswens' }, { fragment: 'nobody likes you', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'i really hope you die in your sleep', found: [{ fragment: 'i really hope you die', messageId: 'doodswens', severity: 'ernstig' }] },
    { text: 'the world would be better without you', found: [{ fragment: 'the world would be better without you', messageId: 'doodswens' }] },
    { text: 'I honestly hate all immigrants', found: [{ fragment: 'I honestly hate all immigrants', messageId: 'haatGroep', severity: 'ernstig', protocolRef: '001 leerlingen' }] },
    { text: 'Poles are so lazy', found: [{ fragment: 'Poles are so lazy', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'why are asylum seekers always so lazy?', found: [{ fragment: 'why are asylum seekers always so lazy', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'go back to your own country', found: [{ fragment: 'go back to your own country', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'those migrants are rats', found: [{ fragment: 'those migrants are rats', messageId: 'ontmenselijking', severity: 'ernstig', protocolRef: '001 leerlingen' }] },
    { text: "don't invite Noor to the party", found: [{ fragment: "don't invite Noor", messageId: 'buitensluiten', severity: 'waarschuwing', protocolRef: '000 §3' }] },
    { text: 'kick him out of the group chat', found: [{ fragment: 'kick him out of the group chat', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'send nudes or I tell everyone', found: [{ fragment: 'send nudes', messageId: 'seksueel', severity: 'ernstig', protocolRef: '000 §8' }] },
    { text: 'show me your boobs', found: [{ fragment: 'show me your boobs', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'Miss Jansen looks so sexy today', found: [{ fragment: 'Miss Jansen looks so sexy', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: "you're such a loser", found: [{ fragment: "you're such a loser", messageId: 'uitschelden', severity: 'waarschuwing' }] },
    { text: 'Mr. Peters is a useless clown', found: [{ fragment: 'Mr. Peters is a useless clown', messageId: 'uitschelden' }] },
    { text: 'what a moron', found: [{ fragment: 'what a moron', messageId: 'uitschelden' }] },
    // A group with a place after it, quantifiers, passives of harm.
    { text: 'the turks in our street should be shot', found: [{ fragment: 'the turks in our street should be shot', messageId: 'dreigenGroep', protocolRef: '001 leerlingen' }] },
    { text: 'oi spastic, move', found: [{ fragment: 'oi spastic', messageId: 'uitschelden' }] },
    // Letters typed apart (an "r" among them, not read as "are"), a word cut by a space.
    { text: 'Deaf people are w o r t h l e s s', found: [{ fragment: 'Deaf people are w o r t h l e s s', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'Turks are mur derers', found: [{ fragment: 'Turks are mur derers', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    // A threat on a group named with a place, a verb with its particle.
    { text: 'we will hunt down every refugee in this town', found: [{ fragment: 'we will hunt down every refugee in this town', messageId: 'dreigen' }] },
    // Hate said as a feeling the writer has, or is sick of.
    { text: 'so sick of immigrants tbh', found: [{ fragment: 'sick of immigrants', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'my hatred for gay people grows every day', found: [{ fragment: 'my hatred for gay people', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    // Hate in any tense, any common word for vermin or a group's vice.
    { text: 'I have always hated Poles', found: [{ fragment: 'hated Poles', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'Romanians are scum and liars', found: [{ fragment: 'Romanians are scum and liars', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    // Called a name, then the sentence goes on without a comma; "love you" from someone else is no banter.
    { text: 'you total idiot why did you tell her', found: [{ fragment: 'you total idiot why', messageId: 'uitschelden' }] },
    { text: "you're so fat and lazy, how does anyone even love you", found: [{ fragment: "you're so fat and lazy", messageId: 'uitschelden' }] },
    { text: 'the new kid is so fat', found: [{ fragment: 'the new kid is so fat', messageId: 'lichaam', severity: 'waarschuwing' }] },
    { text: 'maybe lose some weight first', found: [{ fragment: 'lose some weight', messageId: 'lichaam' }] },
    { text: 'this stupid printer is such bullshit', found: [{ fragment: 'bullshit', messageId: 'vloeken', severity: 'waarschuwing', protocolRef: '001 leerlingen' }] },
    { text: 'there were two faggots at the bus stop', found: [{ fragment: 'faggots', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    // A group the lists do not name, by its form: a capitalised plural of people from a place.
    { text: 'Ghanaians are so dirty', found: [{ fragment: 'Ghanaians are so dirty', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    // Target and attack apart in the clause.
    { text: 'Sem has honestly always been a loser', found: [{ fragment: 'Sem has honestly always been a loser', messageId: 'uitschelden' }] },
    // Digits and symbols for letters.
    { text: 'i will k1ll you', found: [{ fragment: 'i will k1ll you', messageId: 'dreigen' }] },
    // Targets: a teacher or pupil named by subject or year, "the next …", they/them as a noun, a surname in
    // lower case after a title; "ill"/"id" for "I'll"/"I'd"; "I" opening a clause about the target.
    { text: 'somebody should punch the new science teacher', found: [{ fragment: 'somebody should punch the new science teacher', messageId: 'dreigen' }] },
    { text: 'the history teacher is a useless clown', found: [{ fragment: 'the history teacher is a useless clown', messageId: 'uitschelden' }] },
    { text: "I'm going to hurt the next kid I see", found: [{ fragment: "I'm going to hurt the next kid", messageId: 'dreigen' }] },
    { text: "I'll slap the next they/them who talks to me", found: [{ fragment: "I'll slap the next they/them", messageId: 'dreigen' }] },
    { text: 'mr bakker is such an idiot', found: [{ fragment: 'mr bakker is such an idiot', messageId: 'uitschelden' }] },
    { text: 'i hope mr van der berg gets cancer', found: [{ fragment: 'i hope mr van der berg gets cancer', messageId: 'doodswens' }] },
    { text: 'ill stab you after school', found: [{ fragment: 'ill stab you', messageId: 'dreigen' }] },
    { text: 'id punch him in the face', found: [{ fragment: 'id punch him', messageId: 'dreigen' }] },
    // Threats: a verb with its target inside ("run you over", "put you in a wheelchair", "make sure you never
    // walk again"), where it ends ("you'll end up in the hospital"), a dare ("again and see what happens"), a
    // group named by example ("lesbians like her"), a person with a relative clause, and "for what he said" is no report.
    { text: 'we will run that new kid over with our bikes', found: [{ fragment: 'we will run that new kid over', messageId: 'dreigen' }] },
    { text: "one more comment and I'll put you in a wheelchair", found: [{ fragment: "I'll put you in a wheelchair", messageId: 'dreigen' }] },
    { text: "i'm gonna make sure you never walk again", found: [{ fragment: "i'm gonna make sure you never walk again", messageId: 'dreigen' }] },
    { text: "keep lying and you'll end up in the hospital", found: [{ fragment: "you'll end up in the hospital", messageId: 'dreigen' }] },
    { text: 'talk again and see what happens', found: [{ fragment: 'again and see what happens', messageId: 'dreigen' }] },
    { text: "that rat is gonna get what's coming", found: [{ fragment: "get what's coming", messageId: 'dreigen' }] },
    { text: 'lesbians like her should be beaten up', found: [{ fragment: 'lesbians like her should be beaten up', messageId: 'dreigenGroep', protocolRef: '001 leerlingen' }] },
    { text: 'we know which bus you take', found: [{ fragment: 'we know which bus you take', messageId: 'dreigen' }] },
    { text: 'Daan deserves to get beaten up for what he said', found: [{ fragment: 'Daan deserves to get beaten up', messageId: 'dreigen' }] },
    { text: 'the kid who snitched should get stabbed', found: [{ fragment: 'the kid who snitched should get stabbed', messageId: 'dreigen' }] },
    { text: "Coach Peters, I'm going to hit you with a chair", found: [{ fragment: "I'm going to hit you", messageId: 'dreigen' }] },
    // Sexual harassment: clothes ordered or looked under, hidden cameras, pictures paid for or held over
    // someone, what the writer would do, "even when she says no" (no report), "I'll post the screenshot" (no counter-speech).
    { text: 'your butt looked so good in those jeans', found: [{ fragment: 'your butt looked so good', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'wear a shorter skirt tomorrow for me', found: [{ fragment: 'wear a shorter skirt tomorrow', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: "show me what's under that hoodie", found: [{ fragment: 'under that hoodie', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'we hid a camera in the girls changing room', found: [{ fragment: 'camera in the girls changing room', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: "i'll pay u 10 euro for a pic", found: [{ fragment: 'pay u 10 euro for a pic', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'unblock me or ur video goes to the whole school', found: [{ fragment: 'ur video goes to the whole school', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: "you just haven't had a real man yet", found: [{ fragment: "haven't had a real man", messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: "I'd do things to her", found: [{ fragment: "I'd do things to her", messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'even when she says no', found: [{ fragment: 'even when she says no', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: "send me a video of you or I'll post the screenshot", found: [{ fragment: 'send me a video of you', messageId: 'seksueel', protocolRef: '000 §8' }, { fragment: "or I'll", messageId: 'dreigen' }] },
    { text: 'i have her nudes lol', found: [{ fragment: 'i have her nudes', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'i keep thinking about your ass', found: [{ fragment: 'thinking about your ass', messageId: 'seksueel', protocolRef: '000 §8' }] },
    // Death wishes: praying, "she'd" read as "she would", a family as the target, "better die/crash", a
    // wished illness, a party at someone's death, "would be so funny if u drowned", "choke on your …".
    { text: 'praying she falls down the stairs', found: [{ fragment: 'praying she falls down the stairs', messageId: 'doodswens' }] },
    { text: "god i wish she'd get covid and die", found: [{ fragment: "i wish she'd get covid", messageId: 'doodswens' }] },
    { text: 'your whole family should die in a fire', found: [{ fragment: 'your whole family should die', messageId: 'doodswens' }] },
    { text: 'ur plane better crash on the way', found: [{ fragment: 'ur plane better crash', messageId: 'doodswens' }] },
    { text: 'the new maths teacher deserves a heart attack', found: [{ fragment: 'the new maths teacher deserves a heart attack', messageId: 'doodswens' }] },
    { text: 'when u die ill throw a party', found: [{ fragment: 'when u die ill throw a party', messageId: 'doodswens' }] },
    { text: 'would be so funny if u drowned', found: [{ fragment: 'would be so funny if u drowned', messageId: 'doodswens' }] },
    { text: 'i wish that car had killed you', found: [{ fragment: 'i wish that car had killed you', messageId: 'doodswens' }] },
    { text: 'choke on your lunch mehmet', found: [{ fragment: 'choke on your', messageId: 'doodswens' }] },
    { text: "if i were you i'd have ended it already", found: [{ fragment: "if i were you i'd have ended it", messageId: 'doodswens' }] },
    { text: 'just stop breathing', found: [{ fragment: 'just stop breathing', messageId: 'doodswens' }] },
    // Exclusion: "can't sit/come/play with us" for any target, removed from any group ("the football gc"),
    // "dead to us", pretending someone is invisible, ignoring what someone says, moving away when they sit down.
    { text: "tell the new girl she can't sit at our table", found: [{ fragment: "she can't sit at our", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "jayden isn't allowed to play with us anymore", found: [{ fragment: "jayden isn't allowed to play with us", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'remove daan from the football gc', found: [{ fragment: 'remove daan from the football gc', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "we're voting her out of the project group", found: [{ fragment: 'voting her out of the project group', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "he's dead to all of us", found: [{ fragment: "he's dead to all of us", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'from now on we pretend emma is invisible', found: [{ fragment: 'pretend emma is invisible', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'no one reply to anything noor says', found: [{ fragment: 'no one reply to anything noor says', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'lets all move seats when tim sits down', found: [{ fragment: 'lets all move seats when tim sits down', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    // Body shaming: a body part likened to a thing or animal (a class of mocking likenesses), "a walking
    // hippo", a body part that jiggles or hangs over, "why is her skin so blotchy", an animal name before a name.
    { text: 'your nose looks like a potato', found: [{ fragment: 'your nose looks like a potato', messageId: 'lichaam' }] },
    { text: 'his ears are like satellite dishes', found: [{ fragment: 'his ears are like satellite dishes', messageId: 'lichaam' }] },
    { text: 'your chin is a whole volcano', found: [{ fragment: 'your chin is a whole volcano', messageId: 'lichaam' }] },
    { text: 'you look like a thumb with that haircut', found: [{ fragment: 'you look like a thumb', messageId: 'lichaam' }] },
    { text: 'she has a nose like a witch', found: [{ fragment: 'she has a nose like a witch', messageId: 'lichaam' }] },
    { text: 'why is her skin so blotchy', found: [{ fragment: 'why is her skin so blotchy', messageId: 'lichaam' }] },
    { text: 'look at his belly jiggle when he runs', found: [{ fragment: 'his belly jiggle', messageId: 'lichaam' }] },
    { text: 'the new english teacher is a walking hippo', found: [{ fragment: 'the new english teacher is a walking hippo', messageId: 'lichaam' }] },
    { text: 'piggy sanne ate all the cake', found: [{ fragment: 'piggy sanne', messageId: 'lichaam' }] },
    // Hate against groups: an epithet standing alone about a group the text names ("…, filthy criminals"),
    // "they" doing the group's alleged deeds, costs and benefits, "control all the banks", "less intelligent",
    // "reminds me of a monkey", "do refugees ever do anything but complain", "they should leave".
    { text: 'Moroccans ruin this town, filthy criminals', found: [{ fragment: 'Moroccans ruin', messageId: 'haatGroep', protocolRef: '001 leerlingen' }, { fragment: 'filthy criminals', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'I work with a lot of Poles. lazy leeches', found: [{ fragment: 'lazy leeches', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'stay away from chinese people, they eat dogs', found: [{ fragment: 'they eat dogs', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'jews control all the banks and the media', found: [{ fragment: 'jews control all the banks', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'africans are less intelligent', found: [{ fragment: 'africans are less intelligent', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'every black person i see reminds me of a monkey', found: [{ fragment: 'every black person i see reminds me of a monkey', messageId: 'ontmenselijking', protocolRef: '001 leerlingen' }] },
    { text: 'do refugees ever do anything but complain', found: [{ fragment: 'do refugees ever do anything but complain', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'there are too many foreigners here, they should leave', found: [{ fragment: 'they should leave', messageId: 'dreigenGroep', protocolRef: '001 leerlingen' }] },
    // Pupil chat, as we would write it ourselves: "ur getting jumped", "and you're done", a car or life
    // ruined, friends sent to jump someone, "nobody will invite you", "leave him on read", "<name>'s a …",
    // sleeping around, "lemme see those …", pictures shown to the boys, "built like a fridge".
    { text: 'ur getting jumped after school', found: [{ fragment: 'ur getting jumped', messageId: 'dreigen' }] },
    { text: "say one more thing and you're done", found: [{ fragment: "and you're done", messageId: 'dreigen' }] },
    { text: 'gonna slash ur tyres tonight', found: [{ fragment: 'gonna slash ur tyres', messageId: 'dreigen' }] },
    { text: "i'll ruin your life", found: [{ fragment: "i'll ruin your life", messageId: 'dreigen' }] },
    { text: "i'll get my cousins to jump you", found: [{ fragment: "i'll get my cousins to jump you", messageId: 'dreigen' }] },
    { text: "don't come tomorrow if you know what's good for you", found: [{ fragment: "if you know what's good for you", messageId: 'dreigen' }] },
    { text: 'no one will invite you anywhere ever again', found: [{ fragment: 'no one will invite you', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'leave him on read, everyone', found: [{ fragment: 'leave him on read', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "sanne's not part of the squad anymore", found: [{ fragment: "sanne's not part of the squad anymore", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "that girl is so easy, she'll sleep with anyone", found: [{ fragment: "she'll sleep with anyone", messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'lemme see those titties', found: [{ fragment: 'lemme see those titties', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'i showed the boys your pics lol', found: [{ fragment: 'showed the boys your pics', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: "she's built like a fridge", found: [{ fragment: 'built like a fridge', messageId: 'lichaam' }] },
    { text: 'you should just end it', found: [{ fragment: 'you should just end it', messageId: 'doodswens' }] },
    // Insults: "has the brain of a …", "like talking to a brick wall", an epithet standing alone (not when the
    // writer speaks of themself), "the human version of", "how are you this stupid", "… or something",
    // "she's as thick as …", "<name> the snitch", "zero brain cells".
    { text: 'sem has the brain of a goldfish', found: [{ fragment: 'sem has the brain of a goldfish', messageId: 'uitschelden' }] },
    { text: 'talking to noor is like talking to a brick wall', found: [{ fragment: 'talking to noor is like talking to a brick wall', messageId: 'uitschelden' }] },
    { text: 'sem hides behind his mom every time, spineless coward', found: [{ fragment: 'spineless coward', messageId: 'uitschelden' }] },
    { text: "you're the human version of a headache", found: [{ fragment: 'human version of a', messageId: 'uitschelden' }] },
    { text: 'how are you this stupid', found: [{ fragment: 'how are you this stupid', messageId: 'uitschelden' }] },
    { text: 'are you actually retarded or something', found: [{ fragment: 'are you actually retarded or something', messageId: 'uitschelden' }] },
    // Concern softens a remark on looks only: "are u ok?" before an insult is no care.
    { text: 'are u ok? ur such a retard lmao', found: [{ fragment: 'ur such a retard', messageId: 'uitschelden' }] },
    { text: "she's as thick as two planks", found: [{ fragment: "she's as thick", messageId: 'uitschelden' }] },
    { text: 'sanne the snitch strikes again', found: [{ fragment: 'sanne the snitch', messageId: 'uitschelden' }] },
    { text: "he's got zero brain cells", found: [{ fragment: 'zero brain cells', messageId: 'uitschelden' }] },
    // Typed tricks and determiners: a 1 for an l ("s1ut"), "some" before a slur or a group is a determiner,
    // a group joined to what it should suffer by "and", an insult before a name ("retrd priya").
    { text: 'ur a s1ut lotte', found: [{ fragment: 'ur a s1ut', messageId: 'uitschelden' }] },
    { text: 'Some kike bought the house next door', found: [{ fragment: 'kike', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'some refugees are criminals', found: [{ fragment: 'refugees are criminals', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'jews run the world and should be gassed', found: [{ fragment: 'jews run the world and should be gassed', messageId: 'dreigenGroep', protocolRef: '001 leerlingen' }] },
    { text: 'retard priya cant even read', found: [{ fragment: 'retard priya', messageId: 'uitschelden' }] },
    // Coded hate and veiled threats: "but" ends a negation ("I'm not racist but …"), "nice before the
    // immigrants came", "never let my daughter date a …", "behind everything", "slow down the whole class",
    // "you'll regret coming", "something planned for you", "hate for something to happen to your …".
    { text: "i'm not racist but black people are lazy", found: [{ fragment: 'black people are lazy', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "no offence but muslims can't be trusted", found: [{ fragment: "muslims can't be trusted", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'this neighbourhood was nice before the immigrants came', found: [{ fragment: 'nice before the immigrants came', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'i would never let my daughter date a black guy', found: [{ fragment: 'never let my daughter date a black', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'jews are behind everything', found: [{ fragment: 'jews are behind everything', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'disabled kids slow down the whole class', found: [{ fragment: 'disabled kids slow down the whole class', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "you'll regret coming to school tomorrow", found: [{ fragment: "you'll regret coming", messageId: 'dreigen' }] },
    { text: "i've got something special planned for you monday", found: [{ fragment: 'got something special planned for you', messageId: 'dreigen' }] },
    { text: "i'd hate for something to happen to your little sister", found: [{ fragment: 'hate for something to happen to your little sister', messageId: 'dreigen' }] },
    // Threats with an adverb before the intent ("literally going to"), "lets/help me" + violence, anyone at
    // random ("stab someone", "kill everyone at school"), "teach him a lesson", "thrown off roofs"; more slurs.
    { text: "i'm literally going to murder sanne", found: [{ fragment: "i'm literally going to murder sanne", messageId: 'dreigen' }] },
    { text: 'lets beat up the new kid', found: [{ fragment: 'lets beat up the new kid', messageId: 'dreigen' }] },
    { text: 'who wants to help me beat up sem', found: [{ fragment: 'help me beat up sem', messageId: 'dreigen' }] },
    { text: "i'm going to stab someone tomorrow", found: [{ fragment: "i'm going to stab someone", messageId: 'dreigen' }] },
    { text: "i'm going to kill everyone at school", found: [{ fragment: "i'm going to kill everyone at school", messageId: 'dreigen' }] },
    { text: 'somebody should teach him a lesson', found: [{ fragment: 'should teach him a lesson', messageId: 'dreigen' }] },
    // Punishment and rights taken, in forms the word list did not have (english-9).
    { text: 'Sikhs should be expelled from the country', found: [{ fragment: 'Sikhs should be expelled', messageId: 'dreigenGroep', protocolRef: '001 leerlingen' }] },
    { text: 'people who are lesbian should lose their jobs', found: [{ fragment: 'people who are lesbian should lose their jobs', messageId: 'dreigenGroep', protocolRef: '001 leerlingen' }] },
    { text: 'deaf kids should be kept in a separate school', found: [{ fragment: 'deaf kids should be kept in a separate school', messageId: 'dreigenGroep', protocolRef: '001 leerlingen' }] },
    { text: 'men should all be neutered', found: [{ fragment: 'men should all be neutered', messageId: 'dreigenGroep', protocolRef: '001 leerlingen' }] },
    // Calls to pile on (english-10).
    { text: 'everyone spam his dms until he leaves the group', found: [{ fragment: 'everyone spam his dms', messageId: 'oproep', severity: 'ernstig', protocolRef: '000 §3' }] },
    { text: 'fill up her snap with spam lmao', found: [{ fragment: 'fill up her snap', messageId: 'oproep', protocolRef: '000 §3' }] },
    // Threats with the harm after a preposition, in "-ing" or as a noun (english-10).
    { text: "i'm gonna stomp on ur head", found: [{ fragment: "i'm gonna stomp on ur head", messageId: 'dreigen', severity: 'ernstig', protocolRef: '002 A.10' }] },
    { text: 'ur getting a beating at the party', found: [{ fragment: 'ur getting a beating', messageId: 'dreigen', protocolRef: '002 A.10' }] },
    { text: "we're making a new chat without mila", found: [{ fragment: 'new chat without mila', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'nobody walk home with her anymore', found: [{ fragment: 'nobody walk home with her anymore', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'gays should be thrown off roofs', found: [{ fragment: 'gays should be thrown off roofs', messageId: 'dreigenGroep', protocolRef: '001 leerlingen' }] },
    { text: 'look at that lesbo over there', found: [{ fragment: 'lesbo', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'screw you', found: [{ fragment: 'screw you', messageId: 'uitschelden' }] },
    // More exclusion: "not friends with her anymore", "unfriend her everyone", "not sitting with us", "go find
    // other friends", "nobody will ever be your friend", "doesn't belong in this group", "not allowed in the
    // chat", "people like you"; "just block him" alone is advice, "can we just ghost …" is not.
    { text: "we're not friends with her anymore", found: [{ fragment: "we're not friends with her anymore", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'unfriend her everyone', found: [{ fragment: 'unfriend her everyone', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "she's not sitting with us", found: [{ fragment: "she's not sitting with us", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'tell her to find other friends', found: [{ fragment: 'tell her to find other friends', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'no one is going to be your friend', found: [{ fragment: 'no one is going to be your friend', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "you don't belong in this group", found: [{ fragment: "you don't belong in this group", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "sem isn't allowed in the chat anymore", found: [{ fragment: "sem isn't allowed in the chat", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "we don't talk to people like you", found: [{ fragment: "don't talk to people like you", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'can we just ghost fatima from now on', found: [{ fragment: 'can we just ghost fatima', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    // More sexual harassment of our own: filming in toilets and changing rooms, "has the best boobs", "take off
    // your bra", "bend her over", "rated all the girls on looks", a teacher's skirt ("miss's"), "sucked him off".
    { text: 'i filmed her in the toilet lol', found: [{ fragment: 'filmed her in the toilet', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: "i've got videos of her in the changing room", found: [{ fragment: 'videos of her in the changing room', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'yara has the best boobs in the class', found: [{ fragment: 'yara has the best boobs', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'take off your bra for me', found: [{ fragment: 'take off your bra', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: "i'd bend her over the desk", found: [{ fragment: 'bend her over', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'i rated all the girls in our class on looks', found: [{ fragment: 'rated all the girls in our class on looks', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: "i want to see what's under miss's skirt", found: [{ fragment: "under miss's skirt", messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'she sucked him off at the party', found: [{ fragment: 'sucked him off', messageId: 'seksueel', protocolRef: '000 §8' }] },
    // More threats of our own: "you better hide" (the data read "watch out|run|hide" as one word after
    // "watch"), "six feet under", a pet harmed, "the next person who … gets punched", "i hope someone beats
    // you up", "you won't see me coming", "and you'll be sorry".
    { text: 'you better hide', found: [{ fragment: 'you better hide', messageId: 'dreigen' }] },
    { text: "i'm gonna put you six feet under", found: [{ fragment: "i'm gonna put you six feet under", messageId: 'dreigen' }] },
    { text: 'ill kill ur dog', found: [{ fragment: 'ill kill ur dog', messageId: 'dreigen' }] },
    { text: 'the next person who laughs at me gets punched', found: [{ fragment: 'the next person who laughs at me gets punched', messageId: 'dreigen' }] },
    { text: 'i hope someone beats you up', found: [{ fragment: 'i hope someone beats you', messageId: 'dreigen' }] },
    { text: "you won't see me coming", found: [{ fragment: "you won't see me coming", messageId: 'dreigen' }] },
    { text: "snitch again and you'll be sorry", found: [{ fragment: "and you'll be sorry", messageId: 'dreigen' }] },
    // Alternatives that repeated the word before them ("die die_in_a_fire"): read as meant.
    { text: 'just die in a fire', found: [{ fragment: 'die in a fire', messageId: 'doodswens' }] },
    { text: 'are you stupid or what', found: [{ fragment: 'are you stupid or what', messageId: 'uitschelden' }] },
    // Groups and bodies, more of our own: "people from <country>", "ban all immigrants", "every last one",
    // "don't deserve rights" (a post whose only English word has an apostrophe is now read: "don't"), "are
    // stealing our jobs", "all look the same", "any muslims", a muffin top, "more chins than", "bigger than".
    { text: 'i hate people from morocco', found: [{ fragment: 'i hate people from morocco', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'ban all immigrants from our school', found: [{ fragment: 'ban all immigrants', messageId: 'dreigenGroep', protocolRef: '001 leerlingen' }] },
    { text: 'deport every last one of them', found: [{ fragment: 'deport every last one', messageId: 'dreigenGroep', protocolRef: '001 leerlingen' }] },
    // english-6/7's group shapes, said in other words: a separate school, not in normal classes, "= parasites", behind
    // fences, white people as a group, what a group cannot do or only knows, a condition said not to be real, a person of
    // a group called furniture.
    { text: 'disabled kids should get their own school', found: [{ fragment: 'disabled kids should get their own school', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "deaf kids shouldn't be in normal classes", found: [{ fragment: "deaf kids shouldn't be in normal classes", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    // Any animal, a swarm or a thing said of a group ("just", "like", "look like"); an animal word called at one person.
    { text: 'asians are like ants, just one big swarm', found: [{ fragment: 'asians are like ants', messageId: 'ontmenselijking', protocolRef: '001 leerlingen' }] },
    { text: 'arabs are just camels lol', found: [{ fragment: 'arabs are just camels', messageId: 'ontmenselijking', protocolRef: '001 leerlingen' }] },
    { text: 'Miss Carver is a hyena', found: [{ fragment: 'Miss Carver is a hyena', messageId: 'uitschelden' }] },
    { text: 'refugees = parasites', found: [{ fragment: 'refugees = parasites', messageId: 'ontmenselijking', protocolRef: '001 leerlingen' }] },
    { text: 'migrants belong behind fences', found: [{ fragment: 'migrants belong behind fences', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'white people are trash', found: [{ fragment: 'white people are trash', messageId: 'ontmenselijking', protocolRef: '001 leerlingen' }] },
    { text: "Moroccans can't integrate anyway", found: [{ fragment: "Moroccans can't integrate", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "ADHD isn't real", found: [{ fragment: "ADHD isn't real", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'the blind girl is basically furniture', found: [{ fragment: 'the blind girl is basically furniture', messageId: 'ontmenselijking', protocolRef: '001 leerlingen' }] },
    { text: 'Poles only know how to drink', found: [{ fragment: 'Poles only know how to', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    // english-5's shapes, said in other words: "so we can" before a beating, every finger snapped, hair pulled out; a group
    // with a phrase before its verb, "not a single …", accepted "as long as", "not made for", owning the media, free
    // houses, not even trying, a phase or trend, not met the right one, "= more crime"; death wished "in your place",
    // "no reason for you to be alive"; shut out by "everyone is invited except", "since we ditched", "make sure no one";
    // leaking "unless", screenshots sent to someone's mum; pressure ("everybody sends nudes", "no one will ever know"),
    // "or the whole school sees them", a no overridden.
    { text: "i'll come get you after school", found: [{ fragment: "i'll come get you after", messageId: 'dreigen' }] },
    { text: 'so we can beat him up after school', found: [{ fragment: 'so we can beat him', messageId: 'dreigen' }] },
    { text: "i'll snap every finger you have", found: [{ fragment: 'snap every finger you have', messageId: 'dreigen' }] },
    { text: 'i will pull your hair out', found: [{ fragment: 'pull your hair out', messageId: 'dreigen' }] },
    { text: 'eritreans with their attitude are so aggressive', found: [{ fragment: 'eritreans with their attitude are so aggressive', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'not a single somali deserves to live here', found: [{ fragment: 'not a single somali deserves to live', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'trans people are fine as long as they stay quiet', found: [{ fragment: 'trans people are fine as long as', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "women just aren't made for leadership", found: [{ fragment: "women just aren't made for", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'the jews control like all the media', found: [{ fragment: 'the jews control like all the media', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'syrians get free houses and phones', found: [{ fragment: 'syrians get free houses', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "moroccans don't even try to speak dutch", found: [{ fragment: "moroccans don't even try to speak", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'being bisexual is just a phase', found: [{ fragment: 'bisexual is just a phase', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "gay men haven't met the right woman yet", found: [{ fragment: "gay men haven't met the right woman", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'asylum seekers in our town = more crime', found: [{ fragment: 'asylum seekers in our town = more crime', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'in your place i would have ended it', found: [{ fragment: 'in your place i would have ended it', messageId: 'doodswens' }] },
    { text: 'there is no reason for you to be alive', found: [{ fragment: 'there is no reason for you to be alive', messageId: 'doodswens' }] },
    { text: 'everyone is invited except Lars', found: [{ fragment: 'everyone is invited except Lars', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'the squad is way more chill since we ditched Mo', found: [{ fragment: 'way more chill since we ditched Mo', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'make sure no one invites her', found: [{ fragment: 'make sure no one invites her', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "i'll post everything unless you pay me", found: [{ fragment: 'post everything unless', messageId: 'vernederen', protocolRef: '000 §3' }] },
    { text: 'sending your mum those screenshots tonight', found: [{ fragment: 'sending your mum those screenshots', messageId: 'vernederen', protocolRef: '000 §3' }] },
    { text: 'everybody sends nudes bro', found: [{ fragment: 'everybody sends nudes', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'send the pic no one will ever know', found: [{ fragment: 'pic no one will ever know', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'or the whole school sees them', found: [{ fragment: 'or the whole school sees them', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'your mouth says no but your body says yes', found: [{ fragment: 'says no but your body says yes', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'you look better without the hoodie 😉', found: [{ fragment: 'look better without the hoodie', messageId: 'seksueel', protocolRef: '000 §8' }] },
    // Keeping at someone until they give in: a yes, a picture.
    { text: "i'm gonna keep dming you until you send one", found: [{ fragment: 'keep dming you until you send one', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'not gonna stop asking till u say yes 😏', found: [{ fragment: 'not gonna stop asking till u say yes', messageId: 'seksueel', protocolRef: '000 §8' }] },
    // A no or a block, and the writer going on anyway.
    { text: "you said no but I'm asking again tomorrow, and the day after", found: [{ fragment: "you said no but I'm asking again", messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'you blocked me but i already made another account lol', found: [{ fragment: 'you blocked me but i already made another account lol', messageId: 'stalken', protocolRef: '000 §3' }] },
    // Staying away if someone comes: kept out by a refusal.
    { text: "if Fenna joins the trip we're not going", found: [{ fragment: "if Fenna joins the trip we're not going", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "if you invite Daan i'm not coming. him or me", found: [{ fragment: "if you invite Daan i'm not coming", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    // english-4's shapes, said in other words: a fist or knife as the subject, teeth knocked out, fire set to
    // someone's things, a grave danced on, born to be regretted, a quieter class if someone died, told you are
    // not invited or removed from the group, a group that cannot do a subject, is worse by nature, only came here for.
    // english-21's open part, said in other words: a pet wished dead, "stop breathing", a group that should never have
    // been born, a sickness as a group's nature; out of the friend group, whoever talks to someone out too, no losers
    // allowed; a weapon of someone at home brought along; nobody at a funeral; money or pictures in the chat, "or
    // everyone sees it", good in bed.
    { text: "i hope ur dog dies and then u do", found: [{ fragment: "i hope ur dog dies", messageId: 'doodswens' }] },
    { text: "stop breathing permanently pls", found: [{ fragment: "stop breathing permanently", messageId: 'doodswens' }] },
    { text: "why dont you just stop breathing", found: [{ fragment: "why dont you just stop breathing", messageId: 'doodswens' }] },
    { text: "people with down syndrome should've never been born", found: [{ fragment: "people with down syndrome should've never been born", messageId: 'doodswens' }] },
    { text: "being gay is a sickness", found: [{ fragment: "gay is a sickness", messageId: 'ontmenselijking', protocolRef: '001 leerlingen' }] },
    { text: "whoever talks to noor tomorrow is out of the group too", found: [{ fragment: "whoever talks to noor tomorrow is out", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "we voted and you're out of the friend group. majority wins, bye", found: [{ fragment: "you're out of the friend group", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "no losers allowed in our group chat", found: [{ fragment: "no losers allowed in our", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "ur never gonna be in our friend group", found: [{ fragment: "ur never gonna be in our friend group", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "I'm bringing my dad's baseball bat tomorrow", found: [{ fragment: "I'm bringing my dad's baseball bat", messageId: 'dreigen' }] },
    { text: "nobody at this school will cry at your funeral", found: [{ fragment: "nobody at this school will cry at your funeral", messageId: 'doodswens' }] },
    { text: "50 euros by Friday or they go in the year group chat", found: [{ fragment: "euros by Friday or they go in", messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: "Be nice to me or everyone sees it", found: [{ fragment: "or everyone sees it", messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: "u look like u'd be good in bed", found: [{ fragment: "be good in bed", messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'my knife is gonna find your stomach', found: [{ fragment: 'my knife is gonna find your stomach', messageId: 'dreigen' }] },
    { text: 'we will knock every tooth out of him', found: [{ fragment: 'knock every tooth out of him', messageId: 'dreigen' }] },
    { text: 'gonna set fire to his bike tonight', found: [{ fragment: 'gonna set fire to his bike', messageId: 'dreigen' }] },
    { text: 'i will piss on your grave', found: [{ fragment: 'piss on your grave', messageId: 'doodswens' }] },
    { text: 'your mum must regret you were ever born', found: [{ fragment: 'regret you were ever born', messageId: 'doodswens' }] },
    { text: 'the team would be so much better if Jesse just died', found: [{ fragment: 'would be so much better if Jesse just died', messageId: 'doodswens' }] },
    { text: 'kicked Sara out of the group chat lol', found: [{ fragment: 'kicked Sara out of the group', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "party's on friday but ur not welcome", found: [{ fragment: 'ur not welcome', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "girls can't understand maths, facts", found: [{ fragment: "girls can't understand maths", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'turks are genetically more aggressive', found: [{ fragment: 'turks are genetically more aggressive', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    // Humiliation: someone's private things or an embarrassing recording spread, a meme or a poll about them,
    // a pile-on ordered, gossip passed on.
    { text: 'sharing her diary in the group chat tonight', found: [{ fragment: 'sharing her diary', messageId: 'vernederen', protocolRef: '000 §3' }] },
    { text: 'we filmed Daan crying behind the gym lol', found: [{ fragment: 'we filmed Daan crying', messageId: 'vernederen', protocolRef: '000 §3' }] },
    { text: 'making a meme of his haircut rn', found: [{ fragment: 'making a meme of his', messageId: 'vernederen', protocolRef: '000 §3' }] },
    { text: "who's the smelliest in our class? vote below", found: [{ fragment: "who's the smelliest in our class", messageId: 'vernederen', protocolRef: '000 §3' }] },
    { text: 'everybody spam clowns under her selfie', found: [{ fragment: 'everybody spam clowns under her selfie', messageId: 'vernederen', protocolRef: '000 §3' }] },
    // Something unflattering of someone put on show: their bad photo, a rating of their looks, a vote for the
    // ugliest, filming them when they fall, the video of it under which the whole year is tagged.
    { text: 'post his cringe love letter in the class chat', found: [{ fragment: 'post his cringe', messageId: 'vernederen', protocolRef: '000 §3' }] },
    { text: "put noor's bad school photo on the class insta lol", found: [{ fragment: "put noor's bad", messageId: 'vernederen', protocolRef: '000 §3' }] },
    { text: 'screenshot her weird texts and send them to the group', found: [{ fragment: 'screenshot her weird', messageId: 'vernederen', protocolRef: '000 §3' }] },
    { text: "let's print his embarrassing selfie and hang it in the hallway", found: [{ fragment: 'print his embarrassing', messageId: 'vernederen', protocolRef: '000 §3' }] },
    { text: 'make his worst picture the server icon', found: [{ fragment: 'make his worst', messageId: 'vernederen', protocolRef: '000 §3' }] },
    { text: 'someone film her when she trips again', found: [{ fragment: 'film her when she trips', messageId: 'vernederen', protocolRef: '000 §3' }] },
    { text: 'tag the whole year under the video of tim falling off his chair', found: [{ fragment: 'tag the whole year under the video of tim falling', messageId: 'vernederen', protocolRef: '000 §3' }] },
    { text: 'rate his outfit in the comments, be brutal', found: [{ fragment: 'rate his outfit in the comments', messageId: 'vernederen', protocolRef: '000 §3' }] },
    { text: 'vote fenna ugliest girl in the yearbook poll', found: [{ fragment: 'vote fenna ugliest', messageId: 'vernederen', protocolRef: '000 §3' }] },
    // Threats told as plans: something thrown at someone's head, coming to their street to beat them, hoping not
    // to run into them, "keep … and see what happens"; nobody will come looking for you.
    { text: "i'm throwing my bottle at his face tomorrow", found: [{ fragment: "i'm throwing my bottle at his face", messageId: 'dreigen' }] },
    { text: 'we coming to your house to beat you', found: [{ fragment: 'we coming to your house to beat', messageId: 'dreigen' }] },
    { text: "u better hope we never find u", found: [{ fragment: 'better hope we never find u', messageId: 'dreigen' }] },
    { text: 'keep talking about me and see what happens', found: [{ fragment: 'keep talking about me and see what happens', messageId: 'dreigen' }] },
    { text: 'nobody would come looking for you', found: [{ fragment: 'nobody would come looking for you', messageId: 'doodswens' }] },
    // A split phrasal verb ("knock you out"), a plan in the present ("i'm setting ur hair on fire"), the injury told
    // as the outcome ("leaving with a broken jaw", "eating through a straw", "not leaving on your own two feet").
    { text: 'Jews run the banks, everyone knows it', found: [{ fragment: 'Jews run the banks', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "Everyone in our whole year thinks you're ugly", found: [{ fragment: "you're ugly", messageId: 'lichaam' }] },
    { text: "Don't you think Syrians are all dangerous?", found: [{ fragment: 'Syrians are all dangerous', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'you need to eat something, skeleton', found: [{ fragment: 'you need to eat something', messageId: 'lichaam' }] },
    { text: 'i know where u live. see u at 7', found: [{ fragment: 'i know where u live', messageId: 'dreigen' }] },
    { text: "go kill yourself, and don't call the helpline", found: [{ fragment: 'kill yourself', messageId: 'doodswens' }] },
    // Lethal means pointed out to someone: in front of a car, a bath with the hairdryer, what they are allergic to, the
    // whole pill box, a rope that would suit them, laughing at their funeral.
    { text: 'pls just walk in front of a bus', found: [{ fragment: 'pls just walk in front of a bus', messageId: 'doodswens' }] },
    { text: 'have a nice bath with the toaster', found: [{ fragment: 'bath with the toaster', messageId: 'doodswens' }] },
    { text: "go eat whatever you're allergic to", found: [{ fragment: "eat whatever you're allergic to", messageId: 'doodswens' }] },
    { text: 'that rope would suit you', found: [{ fragment: 'rope would suit you', messageId: 'doodswens' }] },
    { text: "i'll be smiling at your funeral", found: [{ fragment: 'smiling at your funeral', messageId: 'doodswens' }] },
    // Veiled: their road home and a sinister tail, a countdown at someone, advice to stay home "if i were u", nobody
    // can protect them.
    { text: 'i know which road u bike home on. just saying', found: [{ fragment: 'i know which road u', messageId: 'dreigen' }] },
    { text: 'tick tock daan', found: [{ fragment: 'tick tock daan', messageId: 'dreigen' }] },
    { text: "i'd stay inside on friday if i were you. friendly advice", found: [{ fragment: "i'd stay inside on friday if i were you", messageId: 'dreigen' }] },
    { text: 'u really think ur mum can protect u forever?', found: [{ fragment: 'think ur mum can protect u forever', messageId: 'dreigen' }] },
    // Exclusion with the group named between ("nobody in 2C talks to …").
    { text: 'nobody in 3B talks to Sanne from now on', found: [{ fragment: 'nobody in 3B talks to Sanne', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    // People named by their role or as someone's family are targets.
    { text: "i'm gonna punch your brother", found: [{ fragment: "i'm gonna punch your brother", messageId: 'dreigen' }] },
    { text: "i'm gonna punch that referee", found: [{ fragment: "i'm gonna punch that referee", messageId: 'dreigen' }] },
    { text: 'i will stab that bus driver', found: [{ fragment: 'i will stab that bus driver', messageId: 'dreigen' }] },
    { text: 'that waiter is a fat pig', found: [{ fragment: 'that waiter is a fat pig', messageId: 'uitschelden' }] },
    { text: "i'll kill you lol", found: [{ fragment: "i'll kill you", messageId: 'dreigen' }] },
    // A weapon is no play, and a small thing elsewhere does not make an insult friendly.
    { text: 'i will stab you lol, touch my fries again', found: [{ fragment: 'i will stab you', messageId: 'dreigen' }] },
    { text: 'i know where you live. do your homework', found: [{ fragment: 'i know where you live', messageId: 'dreigen' }] },
    { text: "im coming for you at lunch", found: [{ fragment: 'im coming for you', messageId: 'dreigen' }] },
    { text: "not gonna lie everyone thinks you're ugly", found: [{ fragment: "you're ugly", messageId: 'lichaam' }] },
    // Affection does not take back a threat, nor makes a plain insult friendly.
    { text: "you're so annoying, nobody can stand you", found: [{ fragment: "you're so annoying", messageId: 'uitschelden' }] },
    { text: "happy birthday, i'm going to kill you", found: [{ fragment: "i'm going to kill you", messageId: 'dreigen' }] },
    { text: "I'll knock you out cold", found: [{ fragment: "I'll knock you out", messageId: 'dreigen' }] },
    { text: "i'm headbutting u at lunch", found: [{ fragment: "i'm headbutting u", messageId: 'dreigen' }] },
    { text: "i'm setting ur hair on fire in chem", found: [{ fragment: "i'm setting ur hair on fire", messageId: 'dreigen' }] },
    { text: "you're leaving school with a broken nose", found: [{ fragment: "you're leaving school with a broken nose", messageId: 'dreigen' }] },
    { text: "you'll be eating through a straw", found: [{ fragment: "you'll be eating through a straw", messageId: 'dreigen' }] },
    { text: 'his teeth are gonna be on the floor', found: [{ fragment: 'his teeth are gonna be on the floor', messageId: 'dreigen' }] },
    { text: "ur not walking home on ur own two feet", found: [{ fragment: 'ur not walking home on ur own two feet', messageId: 'dreigen' }] },
    // Beside an emoji of lust, a remark about clothes or someone's age is sexual.
    { text: 'i wanna know what is under that skirt 🤤', found: [{ fragment: 'wanna know what is under that skirt', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: "you're old enough to send pics now 😏", found: [{ fragment: 'old enough to send', messageId: 'seksueel', protocolRef: '000 §8' }] },
    { text: 'you should wear tighter tops to school 😈', found: [{ fragment: 'wear tighter tops', messageId: 'seksueel', protocolRef: '000 §8' }] },
    // Exclusion told as instructions: a group made without you, nobody answers her, leave when he joins, never
    // unmute him, don't like her posts, whoever talks to her is out.
    { text: 'made a new gc without you lol', found: [{ fragment: 'gc without you', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'nobody reply when Sanne texts', found: [{ fragment: 'nobody reply when Sanne texts', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'everybody leave the chat as soon as she joins', found: [{ fragment: 'everybody leave the chat as soon as she joins', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'block her and never unblock', found: [{ fragment: 'block her and never unblock', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: "don't comment on his pics anymore", found: [{ fragment: "don't comment on his pics", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    // Slurs for a group, also in the plural, and a group told out of a place.
    { text: 'the muzzies again', found: [{ fragment: 'muzzies', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'more rapefugees arrived', found: [{ fragment: 'rapefugees', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'that polack stole it', found: [{ fragment: 'polack', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'asylum seekers out of our village', found: [{ fragment: 'asylum seekers out of our village', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    // One person of a group as the target: a singular group word ("every Catholic", "a Sikh").
    { text: 'every catholic should burn', found: [{ fragment: 'every catholic should burn', messageId: 'dreigenGroep', protocolRef: '001 leerlingen' }] },
    { text: "gay people don't deserve rights", found: [{ fragment: "gay people don't deserve rights", messageId: 'dreigenGroep', protocolRef: '001 leerlingen' }] },
    { text: 'refugees are stealing our jobs', found: [{ fragment: 'refugees are stealing', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'asians all look the same', found: [{ fragment: 'asians all look the same', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "i don't want any muslims in my class", found: [{ fragment: "i don't want any muslims", messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'look at her muffin top', found: [{ fragment: 'her muffin top', messageId: 'lichaam' }] },
    { text: "she's got more chins than a phone book", found: [{ fragment: 'more chins than', messageId: 'lichaam' }] },
    { text: 'your nose is bigger than your future', found: [{ fragment: 'your nose is bigger than', messageId: 'lichaam' }] },
    // Alternations that put "the" before "everyone" ("the world|everyone …", "i am|we_are"), now as meant;
    // rhetorical questions are no negation ("isn't it true that …", "why don't you go jump …"); funerals and
    // graves, "a shame you were born", "deserve a bullet", "taught a lesson", "dumber than", "free houses".
    { text: 'life would be better without you', found: [{ fragment: 'life would be better without you', messageId: 'doodswens' }] },
    { text: 'we are coming for you', found: [{ fragment: 'we are coming for you', messageId: 'dreigen' }] },
    { text: "isn't it true that muslims are violent?", found: [{ fragment: 'muslims are violent', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: "why don't you go jump off a cliff", found: [{ fragment: "why don't you go jump off", messageId: 'doodswens' }] },
    { text: "i'll dance on your grave", found: [{ fragment: 'dance on your grave', messageId: 'doodswens' }] },
    { text: "it's a shame you were born", found: [{ fragment: 'shame you were born', messageId: 'doodswens' }] },
    { text: 'people like him deserve a bullet', found: [{ fragment: 'deserve a bullet', messageId: 'dreigen' }] },
    { text: 'he needs to be taught a lesson', found: [{ fragment: 'he needs to be taught a lesson', messageId: 'dreigen' }] },
    { text: 'do you think women are dumber than men', found: [{ fragment: 'women are dumber than', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'refugees get free houses and we do not', found: [{ fragment: 'refugees get free houses', messageId: 'haatGroep', protocolRef: '001 leerlingen' }] },
    { text: 'he is sick in the head', found: [{ fragment: 'he is sick in the head', messageId: 'uitschelden' }] },
    // Pupil slang: "gonna get it", "dead when i see him", doxxing, "pull up on you", "caught you lacking",
    // "want smoke", "getting wet up", "get you expelled"; "not in the gc anymore", "ur kicked", "nobody fw
    // you", "cancel her", "the whole class hates her".
    { text: 'jayden is gonna get it tomorrow', found: [{ fragment: 'jayden is gonna get it tomorrow', messageId: 'dreigen' }] },
    { text: "he's dead when i see him", found: [{ fragment: "he's dead when i see", messageId: 'dreigen' }] },
    { text: "i'm gonna dox you", found: [{ fragment: "i'm gonna dox you", messageId: 'dreigen' }] },
    { text: 'imma pull up on you', found: [{ fragment: 'pull up on you', messageId: 'dreigen' }] },
    { text: "you're getting wet up", found: [{ fragment: "you're getting wet up", messageId: 'dreigen' }] },
    { text: "i'll get you expelled", found: [{ fragment: "i'll get you expelled", messageId: 'dreigen' }] },
    { text: "you're not in the gc anymore", found: [{ fragment: "you're not in the gc anymore", messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'ur kicked lol', found: [{ fragment: 'ur kicked lol', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'nobody fw you', found: [{ fragment: 'nobody fw you', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    { text: 'the whole class hates her', found: [{ fragment: 'the whole class hates her', messageId: 'buitensluiten', protocolRef: '000 §3' }] },
    // A mixed sentence: only its English clause is read.
    { text: 'die nieuwe jongen, he is such a loser', found: [{ fragment: 'he is such a loser', messageId: 'uitschelden' }] },
  ],
});

/**
 * Threats and exclusion as constructions, with harmless sentences of the same form; and which list owns a
 * word: in a surely English sentence the English analysis (with its exceptions), in a Dutch or undecided one
 * the Dutch lists, and a Dutch word or a typing trick keeps the Dutch reading anywhere. Over all rules.
 */
describe('constructions and owners', () => {
  const fires: Array<[text: string, ruleId: string, messageId: string]> = [
    // A condemning word beside words said in the writer's own voice does not make them a report (it silenced the whole text).
    ['i will kill you after school reported', 'engels', 'dreigen'],
    ['you are a stupid bitch. thats racist', 'engels', 'uitschelden'],
    ['all muslims are rats. this is hate speech', 'engels', 'ontmenselijking'],
    // An order after a word of its own, what nobody feels for someone, and a story word in the next sentence (from a review).
    ['pls die. reported', 'engels', 'doodswens'],
    ['nobody likes you. reported for being annoying lol', 'engels', 'buitensluiten'],
    ['jews are greedy. i read an article', 'engels', 'haatGroep'],
    // A person named before the animal stays who "she" is; an animal someone is called is no pet.
    ['Sanne has a dog and she is a fat cow', 'engels', 'uitschelden'],
    ['he is a pig and he is so fat', 'engels', 'lichaam'],
    ['that dyke over there', 'engels', 'haatGroep'],
    // Intent + violence + a group, with any violent verb (a particle between: "beat up").
    ['I will beat up all christians', 'engels', 'dreigenGroep'],
    // A space inside a long word of attack, even when a half is a word the classes know ("dis" is read as "this").
    ['Muslims are dis gusting.', 'engels', 'haatGroep'],
    ['Asians are sub human.', 'engels', 'ontmenselijking'],
    // Intent or modal + violent verb + a person.
    ['we are going to jump him after school', 'engels', 'dreigen'],
    ['my brother is gonna beat you up', 'engels', 'dreigen'],
    ["i'll hurt you so bad", 'engels', 'dreigen'],
    ['someone should stab that teacher', 'engels', 'dreigen'],
    // Conditional harm: a condition or a dare, then harm.
    ["if you tell anyone i'll hurt you", 'engels', 'dreigen'],
    ['if u snitch ur dead', 'engels', 'dreigen'],
    ["say that again and i'll break your nose", 'engels', 'dreigen'],
    ["one more word and you're dead", 'engels', 'dreigen'],
    ["tell the teacher and you'll regret it", 'engels', 'dreigen'],
    // Plans of time and place, and "watch your back".
    ["tomorrow you're getting jumped", 'engels', 'dreigen'],
    ['better watch ur back tomorrow', 'engels', 'dreigen'],
    // Exclusion: telling others not to include someone, removing, disowning.
    ['nobody sit with her', 'engels', 'buitensluiten'],
    ['nobody sit with her at lunch tomorrow', 'engels', 'buitensluiten'],
    ["don't invite him", 'engels', 'buitensluiten'],
    ["don't invite him to the party", 'engels', 'buitensluiten'],
    ['unfollow her', 'engels', 'buitensluiten'],
    ['everyone unfollow sanne', 'engels', 'buitensluiten'],
    ["he's not one of us", 'engels', 'buitensluiten'],
    ['kick her out of the group chat', 'engels', 'buitensluiten'],
    ['remove him from the gc', 'engels', 'buitensluiten'],
    ["don't let her sit with us", 'engels', 'buitensluiten'],
    ['nobody talk to the new girl', 'engels', 'buitensluiten'],
    ["she's not welcome at my party", 'engels', 'buitensluiten'],
    ['get out of our changing room', 'engels', 'buitensluiten'],
    ['no gays allowed in our group chat', 'engels', 'haatGroep'],
    // Insults in other shapes: "=", two adjectives, an insulting word before a group noun, a spelling trick.
    ['the new maths teacher = total retard', 'engels', 'uitschelden'],
    ["you're so ugly and stupid", 'engels', 'uitschelden'],
    ['you ugly queer', 'engels', 'haatGroep'],
    ['ur so fvcking ugly', 'engels', 'lichaam'],
    // Pressing for pictures.
    ["if you don't send more pics i'll post the ones i have", 'engels', 'seksueel'],
    ["you're old enough to send pics now", 'engels', 'seksueel'],
    // Short posts without a function word are read as English.
    ['fat cow', 'engels', 'lichaam'],
    ['drink bleach bro', 'engels', 'doodswens'],
    ['kys loser', 'engels', 'doodswens'],
    // English structures the Dutch patterns held before: the English analysis owns them.
    ['i will kill you', 'engels', 'dreigen'],
    ['@daan i know where you live', 'engels', 'dreigen'],
    // Owners: a loanword in a Dutch or undecided stretch is read by the Dutch list; a Dutch word anywhere; a
    // typing trick only the Dutch normalisation reads.
    ['dikke loser', 'scheldwoorden', 'woord'],
    ['stuur nudes', 'seksuele-taal', 'intimidatie'],
    ['kys kankerlijer', 'scheldwoorden', 'woord'],
    ['shut up you dumb 🅱️itch', 'scheldwoorden', 'woord'],
  ];
  for (const [text, ruleId, messageId] of fires) {
    it(`${text} → ${ruleId}/${messageId}`, () => {
      const found = check(text).filter((finding) => finding.category === 'belediging');
      expect(found.map((finding) => `${finding.ruleId}/${finding.messageId}`)).toContain(`${ruleId}/${messageId}`);
    });
  }

  const quiet: string[] = [
    // Someone else's words, quoted or told, and support in a condition: still reports.
    'He said all muslims are rats, thats racist and i reported it',
    "Stop sending Daan those 'you should die' voice notes. It's not a prank. It's cruel and it's being reported.",
    'Hating Muslims is wrong and we should call it out.',
    // Words someone else sent or said, told to condemn them.
    "someone commented you're so ugly on my selfie 😭 reported",
    'she was like ur so ugly and everyone laughed. not ok',
    // The same forms, harmless: performing, cooking, games and sport, places, time plans.
    "we're gonna kill it on stage tonight",
    'she killed it at the talent show',
    'chop the onions and beat the eggs',
    'i could murder a burger right now',
    "we're going to smash the final on saturday",
    'meet me after school at the library',
    'see you after school for practice',
    "if you tell anyone about the surprise party i'll be so sad",
    'say that again, i could not hear you',
    'watch your step, the floor is wet',
    'nobody sit here, it is wet',
    "don't invite him yet, the date isn't fixed",
    'unfollow that spam account',
    'everyone ignore the noise and focus',
    'nobody talk during the test please',
    "don't let the dog sit on the couch",
    // Loanwords in a surely English sentence: the English analysis's exceptions apply.
    'my bike is such a loser, it broke again',
    'jayden u clown 🤡 how did u forget ur shoes again lmao',
    "If you're calling people losers online, ask yourself if you'd say it to their face",
    'Send pics of the homework pls, I forgot to write it down',
    // He and she after an animal are the animal; a dyke after "along the" is the Dutch dike.
    "hamster update: he's fat and happy 🐹",
    "our cat? she's so ugly it's cute",
    'we cycled along the dyke and ate fresh mussels',
    "we're going to destroy the germans tomorrow in the final",
    'we are gonna beat the germans 3-0',
    'Women do not belong in the kitchen any more than men do.',
    'my gran has a dis ease of the lungs',
    // Support that names self-harm, banter closed with love, a coach's choice, a sport's bat, a pet's recovery, a surprise.
    'If anyone is telling you to hurt yourself, please talk to someone, you are not alone',
    'daan you muppet, you missed the bus again 😂 love you tho',
    'sem you clown, odd socks at the exam, legend behaviour',
    "you're out of the team for the final, coach said so, sorry",
    'bringing my bat tomorrow for baseball practice',
    'i hope your dog gets better soon',
    'Be careful or everyone sees the surprise before the party!',
    'in the war many people were killed who should never have been born into that misery',
    // A lung, a Monday, a grandparent in pain, history condemned.
    'hold it, stop breathing please, and now breathe out slowly',
    'can mondays stop existing already lol',
    'I hope his grandpa dies peacefully, he has been in so much pain',
    'some people in the 1930s said that jews should never have been born, which is horrible',
  ];
  for (const text of quiet) {
    it(`quiet: ${text}`, () => expect(check(text).filter((finding) => finding.category === 'belediging')).toEqual([]));
  }
});

describe('a long post that may hold English', () => {
  const kind = 'Had such a great day with the class at the museum, thanks everyone for coming along. ';
  const dutch = 'Wat een mooie dag gehad met de klas in het museum, iedereen bedankt. ';

  it('is checked in pieces of the English size; a Dutch one in the usual pieces', () => {
    expect(sliceCharsFor(kind.repeat(100))).toBe(ENGLISH_SLICE_CHARS);
    expect(sliceCharsFor(dutch.repeat(100))).toBe(SLICE_CHARS);
    expect(sliceCharsFor(kind)).toBe(SLICE_CHARS);
  });

  it('hands the thread back between pieces and finds what the whole text holds', async () => {
    const text = kind.repeat(60) + "I'm going to beat you up after school, you loser. " + kind.repeat(20);
    let pauses = 0;
    const findings = await checkInSlices(text, createContext(), async () => void pauses++);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(text.length / ENGLISH_SLICE_CHARS) - 1);
    const english = findings.filter((finding) => finding.ruleId === 'engels');
    expect(english.map((finding) => text.slice(finding.start, finding.end))).toEqual(
      check(text).filter((finding) => finding.ruleId === 'engels').map((finding) => text.slice(finding.start, finding.end)),
    );
    expect(english.map((finding) => finding.messageId)).toEqual(['dreigen', 'uitschelden']);
  });
});
