"""`type(f.exception()).__name__` and `f"{f.exception()}"` kept in names, for a job that raised and
one that returned (whose exception is None)."""
from concurrent.futures import ThreadPoolExecutor


class QuotaError(Exception):
    pass


def job(n):
    if n == 2:
        raise QuotaError(f"quota {n}")
    if n == 3:
        raise KeyError(n)
    return n


def main():
    with ThreadPoolExecutor(max_workers=2) as ex:
        ok = ex.submit(job, 1)
        quota = ex.submit(job, 2)
        missing = ex.submit(job, 3)
        quota_kind = type(quota.exception()).__name__
        missing_kind = type(missing.exception()).__name__
        ok_kind = type(ok.exception()).__name__
        text = f"{quota.exception()} / {missing.exception()} / {ok.exception()}"
    print("printed:", type(quota.exception()).__name__, ok.exception())
    return quota_kind, missing_kind, ok_kind, text


quota_kind, missing_kind, ok_kind, text = main()
print(quota_kind, missing_kind, ok_kind, text)
assert (quota_kind, missing_kind, ok_kind) == ("QuotaError", "KeyError", "NoneType")
assert text == "quota 2 / 3 / None"
