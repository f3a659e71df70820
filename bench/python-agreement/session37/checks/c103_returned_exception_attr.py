import threading


class CheckFailed(Exception):
    def __init__(self, field):
        super().__init__(f"{field} invalid")
        self.field = field


log = []


def validate(record):
    if "@" not in record:
        return CheckFailed("email")
    return None


def worker(record):
    problem = validate(record)
    if problem is not None:
        log.append(problem.field)
    else:
        log.append("valid")


threads = [threading.Thread(target=worker, args=(r,)) for r in ("a@b", "nobody")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
