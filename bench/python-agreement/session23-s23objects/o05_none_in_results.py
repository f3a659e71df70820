from concurrent.futures import ThreadPoolExecutor


def lookup(key):
    if key > 2:
        return None
    return key * 10


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(lookup, k) for k in (1, 2, 3)]
    answers = [f.result() for f in futures]
missing = 1 if None in answers else 0
has_twenty = 1 if 20 in answers else 0
print(answers, missing, has_twenty)
assert 30 not in answers
