"""Prints weft explore --json's claim and each outcome's status and shared state, one line each."""
import json
import sys

data = json.load(sys.stdin)
print("claim:", data.get("claim"), "| complete:", data.get("complete"), "| stopped_by:", data.get("stopped_by"),
      "| schedules:", data.get("schedules"), "| outcomes:", len(data.get("outcomes", [])))
for outcome in data.get("outcomes", [])[:12]:
    shared = outcome.get("shared", {})
    flat = {}
    for task, values in shared.items():
        flat.update(values)
    print(" ", outcome.get("status"), outcome.get("count"), json.dumps(flat)[:600], outcome.get("message", "")[:200] if isinstance(outcome.get("message"), str) else "")
