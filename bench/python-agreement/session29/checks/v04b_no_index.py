import threading

data = [5, 3, 8, 1, 9, 2]
result = {}


def analyze():
    ordered = sorted(data, reverse=True)
    result["top2"] = ordered[:2][1]
    result["evens"] = len([x for x in data if x % 2 == 0])
    result["step"] = data[::2][-1]
    result["rev"] = data[-2]
    pairs = list(zip(data, data[1:]))
    result["rises"] = sum(1 for a, b in pairs if b > a)
    result["idx"] = 2
    result["enum"] = sum(i * v for i, v in enumerate(data, start=1))


t = threading.Thread(target=analyze)
t.start()
t.join()
top2 = result["top2"]
evens = result["evens"]
step = result["step"]
rev = result["rev"]
rises = result["rises"]
idx = result["idx"]
enum = result["enum"]
print(top2, evens, step, rev, rises, idx, enum)
