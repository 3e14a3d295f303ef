/**
 * The OCR evaluation's images, as HTML that Chromium renders (tests/eval/ocr/render.ts), made from a seed:
 * chat screenshots (phone, light and dark; desktop), grade lists, test papers and memes that carry a known
 * risky text, and images without one (photo-like scenes, plain screenshots, menus, harmless memes). Fonts,
 * sizes, JPEG quality and "photographed screen" variants (slight rotation, blur, moiré) vary per image.
 */
import { randomSource, type Random } from '../images/dataset';

/** What must be found for a risky image to count as detected: a finding of this rule or category, a warning or more. */
export interface Expectation {
  ruleId?: string;
  category?: string;
}

export interface OcrSample {
  id: string;
  kind: string;
  risky: boolean;
  expect: Expectation[];
  html: string;
  viewport: { width: number; height: number };
  scale: number;
  /** PNG, or JPEG at this quality. */
  jpegQuality?: number;
  /** A phone screenshot (1080×2400): the timing target is about these. */
  phone: boolean;
}

const FIRST = ['Daan', 'Fleur', 'Bram', 'Noor', 'Sanne', 'Milan', 'Lotte', 'Sem', 'Emma', 'Lucas', 'Julia', 'Finn', 'Tess', 'Levi', 'Sophie', 'Jesse', 'Mila', 'Thijs', 'Anna', 'Ruben'];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Jong', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks'];
const FONTS = ["'DejaVu Sans'", "'DejaVu Serif'", "'DejaVu Sans Mono'", "'DejaVu Sans Condensed', 'DejaVu Sans'"];
const CHAT_FONTS = ["'DejaVu Sans'", "'DejaVu Sans Condensed', 'DejaVu Sans'", "'DejaVu Serif'"];

/** Harmless chat lines: most of every chat. */
const SMALL_TALK = [
  'Hoe laat beginnen we morgen?',
  'Ik ben er om half negen',
  'Heeft iemand de huiswerkopdracht van Engels?',
  'Haha ja echt',
  'Zin in het weekend!',
  'Wie gaat er mee naar de film?',
  'Ik neem wel chips mee',
  'Oké top, tot straks',
  'Was een leuke dag vandaag',
  'Zullen we samen leren voor biologie?',
  'Mijn fiets is weer lek',
  'Ik moet nog boodschappen doen',
  'Gezellig, ik kom ook',
  'Weet iemand waar de gymspullen liggen?',
];

/** Risky messages per kind of risk, with what must be found; `{name}` is filled with a first name. */
const RISKS: { text: string; expect: Expectation }[] = [
  { text: 'Het nummer van {name} is {phone}', expect: { ruleId: 'telefoonnummer' } },
  { text: 'Bel {name} maar: {phone}', expect: { ruleId: 'telefoonnummer' } },
  { text: 'App {name} even op {phone}', expect: { ruleId: 'telefoonnummer' } },
  { text: 'jij bent echt een kankerlijer', expect: { category: 'belediging' } },
  { text: "{name} is zo'n vieze loser", expect: { category: 'belediging' } },
  { text: 'ik maak je dood morgen', expect: { category: 'belediging' } },
  { text: 'ik sla je morgen in elkaar', expect: { category: 'belediging' } },
  { text: '{name} is zo dik en lelijk, niemand vindt haar leuk', expect: { category: 'belediging' } },
  { text: 'haal {name} uit de groepsapp', expect: { category: 'belediging' } },
  { text: 'wie heeft de antwoorden van het proefwerk?', expect: { ruleId: 'toetslek' } },
  { text: 'ik heb de toetsvragen van bio, wie wil ze?', expect: { ruleId: 'toetslek' } },
];

const MEME_INSULTS = ['{name} is een kankerlijer', 'ik maak je dood', '{name} is zo dik en lelijk', 'wat een mongool ben jij', 'kanker op met je'];
const MEME_HARMLESS = ['als de bel gaat om drie uur', 'maandag weer naar school', 'ik na de laatste toets van het jaar', 'wanneer de wifi het weer doet', 'als er nog pizza over is'];

const ARTICLE = [
  'De gemeente heeft vandaag de nieuwe sporthal aan de Dorpsstraat geopend.',
  'Het weer blijft de komende dagen wisselvallig met af en toe een bui.',
  'In de bibliotheek staan deze maand boeken over ruimtevaart centraal.',
  'De musical van de tweede klassen was een groot succes.',
  'Vergeet niet je fiets op slot te zetten bij het station.',
  'Het nieuwe seizoen van de hockeyclub begint in september.',
  'Op zaterdag is er een markt op het plein met groente en kaas.',
  'De trein naar Utrecht rijdt vanavond later door werkzaamheden.',
  'Leerlingen van de derde klas maakten een film over het klimaat.',
  'De kantine heeft vanaf maandag ook soep en verse broodjes.',
];
const MENU_ITEMS = ['Tosti kaas', 'Broodje kroket', 'Tomatensoep', 'Patat', 'Appelflap', 'Fruitsalade', 'Pizzapunt', 'Yoghurt', 'Croissant', 'Thee', 'Chocomel', 'Water'];
const APP_MENU = ['Instellingen', 'Account', 'Privacy', 'Meldingen', 'Opslag en gegevens', 'Weergave', 'Taal', 'Help', 'Over deze app', 'Uitloggen', 'Donkere modus', 'Geluiden'];

function phoneNumber(random: Random): string {
  const digits = String(random.integer(10_000_000, 99_999_999));
  return random.pick([`06-${digits}`, `06 ${digits}`, `06${digits}`, `+31 6 ${digits}`, `06 ${digits.slice(0, 4)} ${digits.slice(4)}`]);
}

function fill(text: string, random: Random): string {
  return text.replace('{name}', random.pick(FIRST)).replace('{phone}', phoneNumber(random));
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function clock(random: Random): string {
  return `${random.integer(7, 23)}:${String(random.integer(0, 59)).padStart(2, '0')}`;
}

/** Slight rotation, blur and a moiré of screen pixels over the content: a screen photographed with a phone. */
function photographed(random: Random, inner: string, background: string): string {
  const angle = random.between(-2.5, 2.5).toFixed(2);
  const blur = random.between(0.2, 0.8).toFixed(2);
  const period = random.between(3, 6).toFixed(1);
  const moireAngle = random.between(-8, 8).toFixed(1);
  return `<div style="position:fixed;inset:0;background:#333;overflow:hidden">
<div style="position:absolute;inset:2%;transform:rotate(${angle}deg);filter:blur(${blur}px) brightness(${random.between(0.85, 1.05).toFixed(2)});background:${background};overflow:hidden">${inner}</div>
<div style="position:absolute;inset:0;opacity:${random.between(0.06, 0.14).toFixed(2)};mix-blend-mode:multiply;background:repeating-linear-gradient(${moireAngle}deg,#000 0 1px,transparent 1px ${period}px),repeating-linear-gradient(${90 + Number(moireAngle) * 1.3}deg,#000 0 1px,transparent 1px ${period}px)"></div></div>`;
}

/** PNG, JPEG, or a photographed screen (always JPEG). */
function finish(random: Random, inner: string, background: string): { body: string; jpegQuality?: number } {
  const roll = random.next();
  if (roll < 0.35) return { body: inner };
  if (roll < 0.7) return { body: inner, jpegQuality: random.integer(35, 75) };
  return { body: photographed(random, inner, background), jpegQuality: random.integer(55, 80) };
}

function page(body: string, background: string, font: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;height:100%;background:${background};font-family:${font}}*{box-sizing:border-box}</style></head><body>${body}</body></html>`;
}

function chat(random: Random, layout: 'phone' | 'desktop', dark: boolean): Omit<OcrSample, 'id' | 'kind'> {
  const risk = random.pick(RISKS);
  const font = random.pick(CHAT_FONTS);
  const size = layout === 'phone' ? random.integer(14, 17) : random.integer(14, 16);
  const colours = dark
    ? { page: '#0b141a', head: '#202c33', them: '#202c33', me: '#005c4b', text: '#e9edef', meta: '#8696a0' }
    : { page: random.pick(['#efeae2', '#ffffff', '#f0f2f5']), head: random.pick(['#008069', '#1877f2', '#ffffff']), them: '#ffffff', me: random.pick(['#d9fdd3', '#0084ff', '#e7f3ff']), text: '#111b21', meta: '#667781' };
  const meText = colours.me === '#0084ff' ? '#ffffff' : colours.text;
  const count = random.integer(4, 7);
  const riskAt = random.integer(1, count - 1);
  let bubbles = '';
  for (let index = 0; index < count; index++) {
    const me = random.next() < 0.4;
    const text = index === riskAt ? fill(risk.text, random) : random.pick(SMALL_TALK);
    const sender = me ? '' : `<div style="font-weight:bold;color:${random.pick(['#d35400', '#1f7aec', '#06cf9c', '#a62c71'])};font-size:0.9em">${random.pick(FIRST)}</div>`;
    const time = `<div style="text-align:right;color:${colours.meta};font-size:0.72em;margin-top:2px">${clock(random)}</div>`;
    bubbles += `<div style="display:flex;justify-content:${me ? 'flex-end' : 'flex-start'};margin:${layout === 'phone' ? 6 : 8}px 12px"><div style="max-width:${layout === 'phone' ? 78 : 55}%;background:${me ? colours.me : colours.them};color:${me ? meText : colours.text};border-radius:10px;padding:6px 10px;box-shadow:0 1px 1px rgba(0,0,0,.15)">${sender}${escape(text)}${time}</div></div>`;
  }
  const title = random.pick(['Klas 2B', 'Groepsapp 3H', random.pick(FIRST), 'Voetbal JO15', 'Bio project']);
  const headText = colours.head === '#ffffff' ? '#111' : '#fff';
  const head = `<div style="background:${colours.head};color:${headText};padding:14px 16px;font-size:1.1em;font-weight:bold">${title}<div style="font-weight:normal;font-size:0.75em;opacity:.8">${random.pick(['online', 'typt…', 'laatst gezien vandaag', 'Daan, Fleur, Bram, jij'])}</div></div>`;
  const inner = `<div style="font-size:${size}px;color:${colours.text};height:100%;background:${colours.page}">${head}${bubbles}</div>`;
  const { body, jpegQuality } = finish(random, inner, colours.page);
  return {
    risky: true,
    expect: [risk.expect],
    html: page(body, colours.page, font),
    viewport: layout === 'phone' ? { width: 360, height: 800 } : { width: 1280, height: 800 },
    scale: layout === 'phone' ? 3 : 1,
    jpegQuality,
    phone: layout === 'phone',
  };
}

function gradeList(random: Random): Omit<OcrSample, 'id' | 'kind'> {
  const font = random.pick(FONTS);
  const rows = random.integer(5, 12);
  const tests = random.integer(1, 4);
  const grade = () => (random.next() < 0.3 ? String(random.integer(3, 10)) : `${random.integer(3, 9)},${random.integer(0, 9)}`);
  let table = `<tr><th style="text-align:left">${random.pick(['Naam', 'Leerling'])}</th>${Array.from({ length: tests }, (_, index) => `<th>${random.pick(['SO', 'PW', 'Toets', 'Cijfer'])} ${index + 1}</th>`).join('')}</tr>`;
  for (let row = 0; row < rows; row++) {
    const name = random.next() < 0.5 ? `${random.pick(FIRST)} ${random.pick(LAST)}` : `${random.pick(LAST).replace(/^de /, '')}, ${random.pick(FIRST)[0]}.`;
    table += `<tr><td>${name}</td>${Array.from({ length: tests }, () => `<td style="text-align:center">${grade()}</td>`).join('')}</tr>`;
  }
  const heading = random.pick(['Cijferlijst wiskunde 3B', 'Resultaten periode 2', 'Cijferoverzicht Engels', 'Magister - Cijfers klas 2A']);
  const inner = `<div style="padding:24px;font-size:${random.integer(14, 20)}px;background:#fff;height:100%"><h2>${heading}</h2><table cellpadding="6" style="border-collapse:collapse;min-width:60%">${table}</table></div>`;
  const { body, jpegQuality } = finish(random, inner, '#fff');
  return { risky: true, expect: [{ ruleId: 'cijferlijst' }], html: page(body, '#fff', font), viewport: { width: 900, height: 700 }, scale: random.pick([1, 1.5]), jpegQuality, phone: false };
}

const QUESTIONS = [
  'Noem twee oorzaken van de Opstand.',
  'Bereken de oppervlakte van de driehoek.',
  'Leg uit wat fotosynthese is.',
  'Vertaal de volgende zin naar het Engels.',
  'Wat is de hoofdstad van Frankrijk?',
  'Geef de formule voor de snelheid.',
  'Beschrijf de bouw van een cel.',
  'Los op: 3x + 5 = 20.',
];

function testPaper(random: Random): Omit<OcrSample, 'id' | 'kind'> {
  const font = random.pick(["'DejaVu Serif'", "'DejaVu Sans'"]);
  const title = `${random.pick(['Proefwerk', 'Toets', 'SO', 'Schoolexamen', 'Tentamen'])} ${random.pick(['geschiedenis H3', 'wiskunde B', 'biologie', 'Engels', 'aardrijkskunde'])}`;
  const count = random.integer(3, 6);
  const numbering = random.pick(['dot', 'vraag', 'points']);
  let questions = '';
  for (let index = 1; index <= count; index++) {
    const text = random.pick(QUESTIONS);
    const line = numbering === 'vraag' ? `<b>Vraag ${index}</b><br>${text}` : `${index}. ${text}${numbering === 'points' ? ` (${random.integer(1, 4)}p)` : ''}`;
    questions += `<p style="margin:18px 0">${line}</p>`;
  }
  const inner = `<div style="padding:40px;font-size:${random.integer(15, 19)}px;background:#fdfdfb;height:100%"><h2 style="text-align:center">${title}</h2><p>Naam: ____________ &nbsp; Klas: ____</p>${questions}</div>`;
  const { body, jpegQuality } = finish(random, inner, '#fdfdfb');
  return { risky: true, expect: [{ ruleId: 'toets-foto' }], html: page(body, '#fdfdfb', font), viewport: { width: 800, height: 1100 }, scale: 1.25, jpegQuality, phone: false };
}

/** A photo-like scene: gradients, soft shapes and grain (an SVG turbulence filter), all in CSS. */
function scenery(random: Random): string {
  const colour = () => `hsl(${random.integer(0, 360)},${random.integer(20, 70)}%,${random.integer(25, 75)}%)`;
  let shapes = '';
  for (let index = random.integer(3, 10); index > 0; index--) {
    shapes += `<div style="position:absolute;left:${random.integer(-10, 90)}%;top:${random.integer(-10, 90)}%;width:${random.integer(10, 50)}%;height:${random.integer(10, 50)}%;border-radius:${random.integer(0, 50)}%;background:radial-gradient(${colour()},${colour()});filter:blur(${random.integer(0, 6)}px)"></div>`;
  }
  const seed = random.integer(1, 1000);
  return `<div style="position:absolute;inset:0;background:linear-gradient(${random.integer(0, 360)}deg,${colour()},${colour()} ${random.integer(30, 70)}%,${colour()})">${shapes}
<svg style="position:absolute;inset:0;width:100%;height:100%;opacity:${random.between(0.15, 0.45).toFixed(2)}"><filter id="g"><feTurbulence type="fractalNoise" baseFrequency="${random.between(0.3, 0.9).toFixed(2)}" numOctaves="2" seed="${seed}"/></filter><rect width="100%" height="100%" filter="url(#g)"/></svg></div>`;
}

function meme(random: Random, risky: boolean): Omit<OcrSample, 'id' | 'kind'> {
  const caption = fill(random.pick(risky ? MEME_INSULTS : MEME_HARMLESS), random).toUpperCase();
  const words = caption.split(' ');
  const cut = Math.ceil(words.length / 2);
  const style = `position:absolute;left:4%;right:4%;text-align:center;color:#fff;font-weight:bold;font-size:${random.integer(34, 46)}px;text-shadow:-2px -2px 0 #000,2px -2px 0 #000,-2px 2px 0 #000,2px 2px 0 #000,0 0 4px #000`;
  const inner = `${scenery(random)}<div style="${style};top:3%">${escape(words.slice(0, cut).join(' '))}</div><div style="${style};bottom:3%">${escape(words.slice(cut).join(' '))}</div>`;
  const { body, jpegQuality } = finish(random, inner, '#777');
  return {
    risky,
    expect: risky ? [{ category: 'belediging' }] : [],
    html: page(body, '#777', "'DejaVu Sans Condensed', 'DejaVu Sans'"),
    viewport: { width: 600, height: 600 },
    scale: 1,
    jpegQuality,
    phone: false,
  };
}

function photo(random: Random): Omit<OcrSample, 'id' | 'kind'> {
  return { risky: false, expect: [], html: page(scenery(random), '#777', 'sans-serif'), viewport: { width: random.pick([800, 1024]), height: random.pick([600, 768]) }, scale: random.pick([1, 2]), jpegQuality: random.integer(60, 90), phone: false };
}

function article(random: Random): Omit<OcrSample, 'id' | 'kind'> {
  const phone = random.next() < 0.5;
  const dark = random.next() < 0.3;
  const paragraphs = Array.from({ length: random.integer(3, 6) }, () => `<p>${random.pick(ARTICLE)} ${random.pick(ARTICLE)}</p>`).join('');
  const inner = `<div style="padding:20px;font-size:${random.integer(14, 18)}px;color:${dark ? '#ddd' : '#222'};background:${dark ? '#121212' : '#fff'};height:100%"><h2>${random.pick(['Nieuws uit de buurt', 'Weekbericht', 'Uit de regio', 'Nieuwsbrief'])}</h2>${paragraphs}</div>`;
  const { body, jpegQuality } = finish(random, inner, dark ? '#121212' : '#fff');
  return { risky: false, expect: [], html: page(body, dark ? '#121212' : '#fff', random.pick(FONTS)), viewport: phone ? { width: 360, height: 800 } : { width: 1280, height: 800 }, scale: phone ? 3 : 1, jpegQuality, phone };
}

function menu(random: Random): Omit<OcrSample, 'id' | 'kind'> {
  const app = random.next() < 0.5;
  const items = app
    ? APP_MENU.slice(0, random.integer(6, APP_MENU.length)).map((item) => `<div style="padding:14px 0;border-bottom:1px solid #ddd">${item} <span style="float:right">›</span></div>`)
    : MENU_ITEMS.slice(0, random.integer(6, MENU_ITEMS.length)).map((item) => `<div style="padding:8px 0">${item}<span style="float:right">€ ${random.integer(1, 4)},${random.pick(['00', '25', '50', '75', '95'])}</span></div>`);
  const inner = `<div style="padding:24px;font-size:${random.integer(15, 19)}px;background:#fff;height:100%"><h2>${app ? 'Instellingen' : random.pick(['Kantine', 'Menu', 'Prijslijst'])}</h2>${items.join('')}</div>`;
  const { body, jpegQuality } = finish(random, inner, '#fff');
  return { risky: false, expect: [], html: page(body, '#fff', random.pick(FONTS)), viewport: { width: 360, height: 800 }, scale: 3, jpegQuality, phone: true };
}

/** How many images of each kind; risky kinds first. */
const PLAN: { kind: string; count: number; make: (random: Random) => Omit<OcrSample, 'id' | 'kind'> }[] = [
  { kind: 'chat-telefoon-licht', count: 70, make: (random) => chat(random, 'phone', false) },
  { kind: 'chat-telefoon-donker', count: 60, make: (random) => chat(random, 'phone', true) },
  { kind: 'chat-desktop', count: 50, make: (random) => chat(random, 'desktop', random.next() < 0.3) },
  { kind: 'cijferlijst', count: 45, make: gradeList },
  { kind: 'toets', count: 45, make: testPaper },
  { kind: 'meme-risico', count: 40, make: (random) => meme(random, true) },
  { kind: 'foto', count: 90, make: photo },
  { kind: 'screenshot', count: 90, make: article },
  { kind: 'menu', count: 80, make: menu },
  { kind: 'meme', count: 50, make: (random) => meme(random, false) },
];

/** Every sample of the evaluation for this seed, the same on every run. */
export function ocrSamples(seed: number, limit = Infinity): OcrSample[] {
  const samples: OcrSample[] = [];
  for (const { kind, count, make } of PLAN) {
    const random = randomSource(seed * 1000 + samples.length);
    for (let index = 0; index < Math.min(count, limit); index++) samples.push({ id: `${kind}-${String(index).padStart(3, '0')}`, kind, ...make(random) });
  }
  return samples;
}
