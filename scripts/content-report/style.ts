// The report's inline stylesheet.

export const CSS = `body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:80rem;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:2px solid #333}h3{margin:1.5rem 0 .3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.3rem .45rem;vertical-align:top;text-align:left}
thead th{background:#eee}tr.group th{background:#f6e9c8}code{font-size:.85em;background:#f1f1f1;padding:0 .2em}
code.sc{background:#dbe8ff;font-weight:600}.url{color:#555;font-size:.8em;word-break:break-all}
ul.sources{margin:0;padding-left:1rem}.tag{font-size:.75em;border:1px solid #666;border-radius:3px;padding:0 .3em}
.tag.official{border-color:#1b6e1b;color:#1b6e1b}.tag.lang{border-color:#1a4f8a;color:#1a4f8a}.english{color:#444}
.warn{color:#8a5a00}.gap,tr.gap td{background:#ffd9d9;color:#7a0000}
.card-section.boxed{border:3px solid #a00;padding:.2rem .8rem}.card-section.urgent{border:3px solid #c25e00;padding:.2rem .8rem}
.grade{margin:.2rem 0;color:#333}.sev-critical td:first-child{border-left:4px solid #a00}`;
