// Drives yaml-language-server over stdio, as an editor does: opens a scenario with a misspelled key whose
// modeline names weft's schema, prints the diagnostics the server publishes and the completions it offers
// for a task's keys. Usage (from this folder): npm install && node lsp.js ../../docs/scenario.schema.json
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const server = spawn(process.execPath, [require.resolve('yaml-language-server/bin/yaml-language-server'), '--stdio']);
let buffer = Buffer.alloc(0), id = 0; const pending = {};
function send(msg) { const body = JSON.stringify(Object.assign({ jsonrpc: '2.0' }, msg)); server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`); }
function request(method, params) { return new Promise(r => { const i = ++id; pending[i] = r; send({ id: i, method, params }); }); }
server.stdout.on('data', chunk => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const header = buffer.indexOf('\r\n\r\n'); if (header < 0) return;
    const length = parseInt(/Content-Length: (\d+)/.exec(buffer.slice(0, header).toString())[1]);
    if (buffer.length < header + 4 + length) return;
    const msg = JSON.parse(buffer.slice(header + 4, header + 4 + length).toString());
    buffer = buffer.slice(header + 4 + length);
    if (msg.id && pending[msg.id]) { pending[msg.id](msg.result); delete pending[msg.id]; }
    else if (msg.id && msg.method) { send({ id: msg.id, result: msg.method === 'workspace/configuration' ? (msg.params.items || []).map(() => ({ validate: true, completion: true, schemas: {} })) : null }); }
    else if (msg.method === 'textDocument/publishDiagnostics' && msg.params.diagnostics.length) {
      console.log('DIAGNOSTICS', JSON.stringify(msg.params.diagnostics.map(d => [d.range.start.line + 1, d.message])));
    }
  }
});
(async () => {
  const work = fs.mkdtempSync(path.join(require('os').tmpdir(), 'weft-editor-'));
  fs.copyFileSync(process.argv[2] || '../../docs/scenario.schema.json', path.join(work, 'scenario.schema.json'));
  const file = path.join(work, 'demo.yaml'), uri = 'file://' + file;
  fs.writeFileSync(file, '# yaml-language-server: $schema=scenario.schema.json\nname: demo\ntasks:\n  a:\n    opz:\n      - cpu: 5\n  b:\n    \n');
  await request('initialize', { processId: process.pid, rootUri: 'file://' + work, capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } }, workspace: { configuration: true } } });
  send({ method: 'initialized', params: {} });
  send({ method: 'workspace/didChangeConfiguration', params: { settings: { yaml: { validate: true, completion: true, schemas: {} } } } });
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text: fs.readFileSync(file, 'utf8') } } });
  await new Promise(r => setTimeout(r, 3000));
  const completion = await request('textDocument/completion', { textDocument: { uri }, position: { line: 7, character: 4 } });
  const items = (completion.items || completion).map(i => i.label);
  console.log('COMPLETIONS', JSON.stringify(items));
  server.kill(); process.exit(0);
})();
