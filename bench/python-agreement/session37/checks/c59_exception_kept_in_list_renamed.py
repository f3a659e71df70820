import threading

errors = []
log = []


class QuotaError(Exception):
    def __init__(self, user, used):
        super().__init__(f"{user} over quota")
        self.user = user
        self.used = used


def upload(user, size):
    try:
        if size > 10:
            raise QuotaError(user, size)
        log.append(f"{user} ok")
    except QuotaError as e:
        errors.append(e)


threads = [threading.Thread(target=upload, args=a) for a in (("ann", 5), ("bob", 20))]
for t in threads:
    t.start()
for t in threads:
    t.join()
for err in errors:
    log.append(f"{err.user}:{err.used}")
print(log)  # ordered
