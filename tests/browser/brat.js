// Reads a brat annotation.conf and checks a .ann against it as brat would on opening it: every
// type, relation argument and attribute value declared, every offset on the text. Returns the
// problems found (an empty list when brat would open the files cleanly).
import { readFileSync } from 'node:fs';

export const CONF = new URL('../../docs/brat/annotation.conf', import.meta.url);

export function readConf(text = readFileSync(CONF, 'utf8')) {
  const conf = { entities: new Set(), relations: new Map(), attributes: new Map(), events: new Set() };
  let section = null;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const head = /^\[(\w+)\]$/.exec(line);
    if (head) { section = head[1]; continue; }
    const [name, spec = ''] = line.split('\t');
    const args = Object.fromEntries(spec.split(/,\s*/).filter(Boolean).map((p) => {
      const at = p.indexOf(':');
      return [p.slice(0, at), p.slice(at + 1).split('|')];
    }));
    if (section === 'entities') conf.entities.add(name);
    else if (section === 'relations') { if (!name.startsWith('<')) conf.relations.set(name, args); }
    else if (section === 'attributes') conf.attributes.set(name, args);
    else if (section === 'events') conf.events.add(name);
    else throw new Error(`annotation.conf: "${line}" outside a section`);
  }
  return conf;
}

const allows = (types, type) => types.includes(type) || types.includes('<ENTITY>');

export function checkBrat(conf, txt, ann) {
  const problems = [];
  const typeOf = new Map();
  const cps = [...txt];
  for (const line of ann.split('\n').filter(Boolean)) {
    const [id, body, rest] = line.split('\t');
    const parts = body.split(' ');
    if (id.startsWith('T')) {
      const type = parts[0];
      if (!conf.entities.has(type)) problems.push(`${id}: entity type ${type} not in annotation.conf`);
      typeOf.set(id, type);
      const frags = body.slice(type.length + 1).split(';').map((f) => f.split(' ').map(Number));
      const got = frags.map(([s, e]) => cps.slice(s, e).join('')).join(' ');
      if (frags.some(([s, e]) => !(s < e && e <= cps.length)) || got !== rest) problems.push(`${id}: offsets give "${got}", not "${rest}"`);
    } else if (id.startsWith('R')) {
      const args = conf.relations.get(parts[0]);
      const [a1, a2] = parts.slice(1).map((p) => p.split(':')[1]);
      if (!args) problems.push(`${id}: relation ${parts[0]} not in annotation.conf`);
      else if (!allows(args.Arg1, typeOf.get(a1)) || !allows(args.Arg2, typeOf.get(a2))) {
        problems.push(`${id}: ${parts[0]} between ${typeOf.get(a1)} and ${typeOf.get(a2)} not allowed`);
      }
    } else if (id.startsWith('A')) {
      const [name, target, value] = parts;
      const spec = conf.attributes.get(name);
      if (!spec) problems.push(`${id}: attribute ${name} not in annotation.conf`);
      else if (!allows(spec.Arg, typeOf.get(target))) problems.push(`${id}: ${name} not allowed on ${typeOf.get(target)}`);
      else if (spec.Value ? !spec.Value.includes(value) : value !== undefined) problems.push(`${id}: ${name} value ${value} not declared`);
    } else if (id.startsWith('#')) {
      if (parts[0] !== 'AnnotatorNotes' || !typeOf.has(parts[1])) problems.push(`${id}: a note on nothing`);
    } else problems.push(`unknown line: ${line}`);
  }
  return problems;
}
