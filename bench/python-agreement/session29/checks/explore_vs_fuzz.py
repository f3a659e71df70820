import json, subprocess, sys
W = "/work/notes/s29/weft-start"
def outcomes(doc):
    s = set()
    for o in doc.get("outcomes", []):
        s.add((o["status"], json.dumps(o.get("shared", {}), sort_keys=True)))
    return s
for prog in sys.argv[1:]:
    ex = json.loads(subprocess.run([W, "explore", prog, "--time-limit", "30s", "--json"], capture_output=True, text=True).stdout)
    res = {}
    for pol in ("random", "pct"):
        fz = subprocess.run([W, "fuzz", prog, "--seeds", "0..1500", "--policy", pol, "--jobs", "1", "--json"], capture_output=True, text=True)
        try:
            res[pol] = outcomes(json.loads(fz.stdout))
        except Exception as e:
            res[pol] = set(); print("fuzz error", prog, fz.stderr[:200])
    eo = outcomes(ex)
    extra = (res["random"] | res["pct"]) - eo
    print(prog.split("/")[-1], "explore", len(eo), ex.get("claim"), "fuzz", len(res["random"]), len(res["pct"]), "FUZZ-ONLY" if extra else "", [e[1][:150] for e in list(extra)[:3]])
