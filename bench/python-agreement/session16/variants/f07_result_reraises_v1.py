# no bug: an exception inside a task comes back out of result() and is handled by the caller
from concurrent.futures import ThreadPoolExecutor

outcomes = []


NUMBERS = {"12": 12, "30": 30}


def parse(text):
    value = NUMBERS.get(text, -1)
    if value < 0:
        raise ValueError(text)
    return value


with ThreadPoolExecutor(max_workers=2) as executor:
    futures = [executor.submit(parse, t) for t in ["12", "x7", "30"]]
    for f in futures:
        try:
            outcomes.append(f.result())
        except ValueError:
            outcomes.append(-1)
        finally:
            pass

print("outcomes:", outcomes)
assert outcomes == [12, -1, 30]
