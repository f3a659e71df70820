# A custom exception hierarchy: except AppError catches NotFound raised in a pool job.
from concurrent.futures import ThreadPoolExecutor


class AppError(Exception):
    pass


class NotFound(AppError):
    pass


kinds = []


def lookup(k):
    if k == "x":
        raise NotFound(k)
    return k.upper()


with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(lookup, k) for k in ("a", "x")]
    for f in fs:
        try:
            kinds.append(f.result())
        except AppError as e:
            kinds.append("app:" + str(e))
print(kinds)
