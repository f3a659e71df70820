# CPython 3.11.7, 10 of 10 runs: ok, texts ['ValueError:', 'ValueError()', 'ValueError:(1, 2)', 'ValueError(1, 2)', "KeyError:'k'", "KeyError('k')", 'RuntimeError:30', 'RuntimeError(30)']; weft: the same, 1 outcome, complete.
# str() of exceptions without arguments, with one and with several, and of a KeyError (quoted), as
# CPython's BaseException_str and KeyError_str give them; a job raises, main reads them from the futures.
from concurrent.futures import ThreadPoolExecutor

texts = []


def job(kind):
    if kind == 0:
        raise ValueError()
    if kind == 1:
        raise ValueError(1, 2)
    if kind == 2:
        raise KeyError("k")
    raise RuntimeError(kind * 10)


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(job, kind) for kind in range(4)]
    for future in futures:
        try:
            future.result()
        except Exception as e:
            texts.append(f"{type(e).__name__}:{e}")
            texts.append(repr(e))
assert len(texts) == 8
