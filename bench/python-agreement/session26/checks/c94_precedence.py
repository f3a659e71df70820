import threading

out: dict = {}
lock = threading.Lock()


def compute(key: int, a: int, b: int, c: int) -> None:
    with lock:
        out[f"{key}_00"] = max(a, b if c else -b)
        out[f"{key}_01"] = abs(a - b if c else b - a)
        out[f"{key}_02"] = int(a > b) * 10
        out[f"{key}_03"] = -(a + b)
        out[f"{key}_04"] = a - (b - c)
        out[f"{key}_05"] = a // (b + 1) if b != -1 else 0
        out[f"{key}_06"] = (a + b) % 3
        out[f"{key}_07"] = 2 ** (c + 1)
        out[f"{key}_08"] = -a ** 2
        out[f"{key}_09"] = (-a) ** 2
        out[f"{key}_10"] = a - b - c
        out[f"{key}_11"] = not (a and b)
        out[f"{key}_12"] = int(not a == b)
        out[f"{key}_13"] = int(a < b == c)
        out[f"{key}_14"] = a if b else c if a else 99
        out[f"{key}_15"] = (a if c else b) * 2
        out[f"{key}_16"] = a and b or c
        out[f"{key}_17"] = (a or b) + 1
        out[f"{key}_18"] = a + (b or 5)
        out[f"{key}_19"] = min(a, b) + max(a, b) * 2
        out[f"{key}_20"] = int(a == b == c)
        out[f"{key}_21"] = (a > b) + (b > c)
        out[f"{key}_22"] = int(a > b) - int(b > c)
        out[f"{key}_23"] = a * (b > c)
        out[f"{key}_24"] = 10 - (c if c else 4)
        out[f"{key}_25"] = f"{a if c else b}"
        out[f"{key}_26"] = f"{a - b:+d}"
        out[f"{key}_27"] = str(a > b)
        out[f"{key}_28"] = a % 3 - b % 3
        out[f"{key}_29"] = (a - b) // 2
        out[f"{key}_30"] = a - b // 2
        out[f"{key}_31"] = int((a > b) == (c > 0))
        out[f"{key}_32"] = -(a if c else b)
        out[f"{key}_33"] = abs(a) - abs(b) * -1
        out[f"{key}_34"] = a + b if a > b else a - b
        out[f"{key}_35"] = max(a, b) - (c or 1)
        out[f"{key}_36"] = len(str(a - b))
        out[f"{key}_37"] = [a, b][c % 2]
        out[f"{key}_38"] = c * -1 + a
        out[f"{key}_39"] = a ** 2 % 7
        out[f"{key}_40"] = (a < b) * 5 + 1


threads = [threading.Thread(target=compute, args=a) for a in [(1, 5, 3, 0), (2, -2, 7, 1), (3, 0, 0, 2)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
