from concurrent.futures import ThreadPoolExecutor

texts = []


def fail(n):
    raise KeyError(f"item{n}")


def fine(n):
    return n


with ThreadPoolExecutor(max_workers=2) as ex:
    bad = ex.submit(fail, 1)
    good = ex.submit(fine, 2)
    e = bad.exception()
    texts.append(f"{type(e).__name__}: {e}")
    ok = good.exception()
    texts.append(f"good {ok}")
print(texts)
