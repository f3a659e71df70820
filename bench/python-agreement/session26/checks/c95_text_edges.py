import threading

out: dict = {}
lock = threading.Lock()


def compute(key: int, s: str, n: str, t: str) -> None:
    with lock:
        out[f"{key}_00"] = s.center(5)
        out[f"{key}_01"] = s.center(6, "*")
        out[f"{key}_02"] = f"{s:^5}"
        out[f"{key}_03"] = f"{s:^6}"
        out[f"{key}_04"] = int(n)
        out[f"{key}_05"] = t.title()
        out[f"{key}_06"] = t.capitalize()
        out[f"{key}_07"] = t.swapcase()
        out[f"{key}_08"] = s.upper()
        out[f"{key}_09"] = len(s.upper())
        out[f"{key}_10"] = t.split(",")[-1]
        out[f"{key}_11"] = len(t.split(","))
        out[f"{key}_12"] = len(t.split())
        out[f"{key}_13"] = len(t.split(" "))
        out[f"{key}_14"] = int(n.isdigit())
        out[f"{key}_15"] = n.strip()
        out[f"{key}_16"] = t.upper().lower()
        out[f"{key}_17"] = s.ljust(4, "-")
        out[f"{key}_18"] = s.rjust(4)
        out[f"{key}_19"] = f"{s:>4}|{s:<4}|"
        out[f"{key}_20"] = t[::-1]
        out[f"{key}_21"] = t.find("l")
        out[f"{key}_22"] = t.rfind("l")
        out[f"{key}_23"] = t.index(t[-1])
        out[f"{key}_24"] = t.count("l")
        out[f"{key}_25"] = int(t.endswith("s"))
        out[f"{key}_26"] = t.replace("l", "L", 1)
        out[f"{key}_27"] = str(len(t))
        out[f"{key}_29"] = repr(t)
        out[f"{key}_30"] = f"{t!r}"
        out[f"{key}_33"] = str(ord(s[0]))


threads = [threading.Thread(target=compute, args=a) for a in [(1, "ab", " 7 ", "they're bill's"), (2, "abc", "+1_000", "hELLO wORLD"), (3, "ß", "٣", "a,b,")]]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(out)
