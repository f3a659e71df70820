# check: a dict read guarded by `if key not in d: raise` in a job whose argument is known at import time
from concurrent.futures import ThreadPoolExecutor

NUMBERS = {"12": 12, "30": 30}
outcomes = []


def parse(text):
    if text not in NUMBERS:
        raise ValueError(text)
    return NUMBERS[text]


with ThreadPoolExecutor(max_workers=2) as executor:
    futures = [executor.submit(parse, t) for t in ["12", "x7"]]
    for f in futures:
        try:
            value = f.result()
            outcomes.append(value)
        except ValueError:
            outcomes.append(-1)

print(outcomes)
