import threading

log = []


def validate(record):
    problems = []
    if "name" not in record:
        problems.append(KeyError("name"))
    if record.get("age", 0) < 0:
        problems.append(ValueError("age"))
    if problems:
        raise ExceptionGroup("invalid record", problems)


def worker(record):
    try:
        validate(record)
        log.append("valid")
    except* KeyError as eg:
        log.append(f"keys {len(eg.exceptions)}")
    except* ValueError as eg:
        log.append(f"values {len(eg.exceptions)}")


threads = [threading.Thread(target=worker, args=(r,)) for r in ({"name": "a", "age": 3}, {"age": -1})]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
