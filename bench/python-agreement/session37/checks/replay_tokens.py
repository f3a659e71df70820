"""Usage: python3 checks/replay_tokens.py PROG.py ...: every outcome weft explore lists (25 at most),
replayed from its token (weft replay --schedule), must give the same status and shared state.
results/replays.txt."""
import json, subprocess, sys
W = "/work/notes/s37/weft-start"
for prog in sys.argv[1:]:
    ex = subprocess.run([W, "explore", "--json", "--time-limit", "20s", prog], capture_output=True, text=True)
    r = json.loads(ex.stdout)
    bad = 0
    for o in r["outcomes"][:25]:
        rp = subprocess.run([W, "replay", "--schedule", o["schedule"], prog, "--json"], capture_output=True, text=True)
        try:
            got = json.loads(rp.stdout)
        except ValueError:
            print(prog, "REPLAY ERROR", rp.stderr[:200]); bad += 1; continue
        same = got.get("status") == o["status"] and got.get("shared", {}) == o.get("shared", {})
        if not same:
            bad += 1
            print(prog, "DIFFERS", o["schedule"], o["status"], got.get("status"))
            print("   explore:", json.dumps(o.get("shared"))[:300])
            print("   replay: ", json.dumps(got.get("shared"))[:300])
    print(prog, f"{min(len(r['outcomes']), 25)} replayed, {bad} differ")
