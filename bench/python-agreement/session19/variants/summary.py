"""variants/summary.md: for each refused held-out program, the refusal each variant met and the agree.py
verdict of the last one (reads the files only; run after run_variants.sh)."""
import glob
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WEFT = "/work/notes/s19/weft-start"


def first_message(path):
    done = subprocess.run([WEFT, "import", os.path.relpath(path, ROOT)], capture_output=True, text=True, cwd=ROOT)
    if done.returncode == 0:
        return None
    lines = done.stderr.splitlines()
    message = lines[0].strip().lstrip("×").strip()
    for line in lines[1:]:
        if not line.strip().startswith("│"):
            break
        continued = line.strip().lstrip("│").strip()
        # The message wraps at spaces and after `/` of a long path: join a path's pieces without a space.
        message += continued if message.endswith("/") else " " + continued
    return message


def agree_row(name):
    path = os.path.join(HERE, "results", f"{name}.agree.txt")
    if not os.path.exists(path):
        return None
    for line in open(path, encoding="utf-8"):
        if line.startswith("{"):
            return json.loads(line)
    return None


def main():
    rows = ["| program | bug | refusals met (original, then each variant) | last variant | imports | claim | CPython states not predicted | bug found |",
            "|---|---|---|---|---|---|---|---|"]
    originals = sorted({os.path.basename(p).rsplit("_v", 1)[0] for p in glob.glob(os.path.join(HERE, "*_v*.py"))})
    originals += sorted({"timing/" + os.path.basename(p).rsplit("_v", 1)[0] for p in glob.glob(os.path.join(HERE, "timing", "*_v*.py"))})
    for original in originals:
        source = os.path.join(ROOT, original + ".py")
        bug = open(source, encoding="utf-8").readline().startswith("# BUG:")
        chain = [first_message(source)]
        variants = sorted(glob.glob(os.path.join(HERE, original + "_v*.py")), key=lambda p: int(p.rsplit("_v", 1)[1][:-3]))
        for variant in variants:
            chain.append(first_message(variant))
        last = os.path.basename(variants[-1])[:-3]
        refusals = " → ".join(f"v{i}: {m}" if i else f"orig: {m}" for i, m in enumerate(chain) if m)
        row = agree_row(last)
        if row is None:
            rows.append(f"| {original} | {'yes' if bug else ''} | {refusals} | {last} | no | | | |")
            continue
        states = list(row["observed"]) + list(row["weft_only"])
        found = (any(not s.startswith("ok") for s in states)) if bug else ""
        timing = row.get("timing")
        claim = row["weft_claim"] + (f"; timing {timing['error_percent']}% / {timing['error_percent_of_fastest']}% of fastest" if timing else "")
        rows.append(f"| {original} | {'yes' if bug else ''} | {refusals} | {last} | yes | {claim} | {len(row['not_predicted'])} | {found} |")
    text = "\n".join(rows) + "\n"
    open(os.path.join(HERE, "summary.md"), "w", encoding="utf-8").write(text)
    print(text)


if __name__ == "__main__":
    main()
