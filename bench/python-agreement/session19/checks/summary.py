"""checks/summary.md: each check's import result and agree.py verdict (reads the files; run after run_checks.sh)."""
import glob
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
WEFT = "/work/notes/s19/weft-start"


def first_message(name):
    done = subprocess.run([WEFT, "import", name], capture_output=True, text=True, cwd=HERE)
    if done.returncode == 0:
        return None
    lines = done.stderr.splitlines()
    message = lines[0].strip().lstrip("×").strip()
    for line in lines[1:]:
        if not line.strip().startswith("│"):
            break
        message += " " + line.strip().lstrip("│").strip()
    return message


def main():
    rows = ["| check | what it aims at | import | claim | weft outcomes | CPython states | not predicted | weft-only failure |",
            "|---|---|---|---|---|---|---|---|"]
    for path in sorted(glob.glob(os.path.join(HERE, "c*.py"))):
        name = os.path.basename(path)
        about = open(path, encoding="utf-8").read().split('"""')[1].strip().splitlines()[0]
        refusal = first_message(name)
        if refusal:
            rows.append(f"| {name} | {about} | refused: {refusal} | | | | | |")
            continue
        result = os.path.join(HERE, "results", name[:-3] + ".agree.txt")
        row = next((json.loads(line) for line in open(result, encoding="utf-8") if line.startswith("{")), None)
        failure = any(not s.startswith("ok") for s in row["weft_only"])
        rows.append(f"| {name} | {about} | ok | {row['weft_claim']} | {row['weft_outcomes']} | {len(row['observed'])} |"
                    f" {len(row['not_predicted'])} | {'yes' if failure else ''} |")
    text = "\n".join(rows) + "\n"
    open(os.path.join(HERE, "summary.md"), "w", encoding="utf-8").write(text)
    print(text)


if __name__ == "__main__":
    main()
