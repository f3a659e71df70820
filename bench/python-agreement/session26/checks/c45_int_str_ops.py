import threading

out: dict = {}
lock = threading.Lock()


def compute(key: int, a: int, b: int, s: str, h: str) -> None:
    with lock:
        out[f"{key}_00"] = abs(b)
        out[f"{key}_11"] = int(h)
        out[f"{key}_12"] = ord(s[0])
        out[f"{key}_13"] = chr(ord(s[0]) + 1)
        out[f"{key}_14"] = len(s)
        out[f"{key}_15"] = s.count(",")
        out[f"{key}_16"] = s.find("o")
        out[f"{key}_17"] = int("," in s)
        out[f"{key}_18"] = s.split(",", 1)[1]
        out[f"{key}_19"] = s.replace(",", ";")
        out[f"{key}_20"] = int(s.startswith(("he", "a")))
        out[f"{key}_23"] = s.upper().lower()
        out[f"{key}_24"] = s.split(",")[-1]
        out[f"{key}_25"] = len(s.split(","))
        out[f"{key}_26"] = s.strip("ha")
        out[f"{key}_27"] = s.partition(",")[2]
        out[f"{key}_28"] = min(a, b, 0)
        out[f"{key}_29"] = a // b * b + a % b
        out[f"{key}_30"] = int(a / b)
        out[f"{key}_31"] = round(a / b, 2) * 100
        out[f"{key}_32"] = str(a) + str(b)
        out[f"{key}_33"] = s * 2
        out[f"{key}_34"] = s[1:-1:2]
        out[f"{key}_35"] = s.title()
        out[f"{key}_36"] = int(s.isalpha())
        out[f"{key}_37"] = str(bool(a > b))
        out[f"{key}_38"] = a if a > b else b
        out[f"{key}_39"] = sum(range(a)) if a > 0 else -1


threads = [threading.Thread(target=compute, args=a) for a in [(1, 23, -4, "hello,world", "ff"), (2, -17, 3, "a,b,,c", "10")]]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
