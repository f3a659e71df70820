import threading


class ApiError(Exception):
    def __init__(self, code):
        super().__init__(f"status {code}")
        self.code = code


log = []


def call(n):
    err = None
    try:
        if n == 2:
            raise ApiError(500 + n)
        log.append(n)
    except ApiError as e:
        err = e
    if err is not None:
        log.append(err.code)
        log.append(err.args[0])


threads = [threading.Thread(target=call, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log, key=str))
