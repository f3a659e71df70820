import threading

events = ["boot"]
report = {}


def appender():
    events.append("error")
    events.append("boot")


def auditor():
    report["boots"] = events.count("boot")
    report["first_error"] = events.index("error") if "error" in events else -1


threads = [threading.Thread(target=appender), threading.Thread(target=auditor)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(report, events)
