declare module 'naughty-words';
