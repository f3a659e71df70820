# Wrong words (a refusal, not a silent error): `upload` binds `e` by its own `except QuotaError as e:`,
# and the module's later `for e in errors:` reuses the name. weft (start binary) refuses at 32:5:
# "`e` is this loop's variable and `upload` reads the global `e`" -- `upload` reads no global `e`
# (an `except ... as e` name is the function's local). Renamed (`for err in errors:`) it imports: r04.
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
for e in errors:
    log.append(str(e))
print(log)
