import * as esbuild from 'esbuild';
const r = await esbuild.build({ entryPoints: ['entrypoints/compose.content/index.ts'], bundle: true, minify: true, write: false, metafile: true, format: 'iife', jsx: 'automatic', jsxImportSource: 'preact', outfile: '/tmp/x.js', logLevel: 'error', alias: {} });
const out = Object.values(r.metafile.outputs)[0];
console.log('total', out.bytes);
const by = {};
for (const [f, v] of Object.entries(out.inputs)) { const k = f.startsWith('node_modules') ? f.split('/').slice(0, f.includes('@')?3:2).join('/') : f; by[k] = (by[k]||0) + v.bytesInOutput; }
for (const [k, v] of Object.entries(by).sort((a,b)=>b[1]-a[1]).slice(0,45)) console.log(v, k);
