"""print(record(5)): the callee's own statements run (agrees)."""
log = []


def record(x):
    log.append(x)
    return len(log)


print(record(5))
print("size", len(log))
