from concurrent.futures import ThreadPoolExecutor

got = []


def parse(s):
    return int(s)


with ThreadPoolExecutor(max_workers=2) as ex:
    try:
        for v in ex.map(parse, ["1", "2", "x", "4"]):
            got.append(v)
    except ValueError:
        got.append(-1)
print(got)
