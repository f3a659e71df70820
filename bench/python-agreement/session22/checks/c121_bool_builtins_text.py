import threading

texts = []
nums = []


def worker():
    for n in (3, 8, 5):
        nums.append(n)
    a = any(n > 7 for n in nums)
    texts.append(f"any {a}")
    b = all(n > 1 for n in nums)
    texts.append(f"all {b}")
    d = bool(len(nums))
    texts.append(f"bool {d}")
    e = "x".isdigit()
    texts.append(f"isdigit {e}")


t = threading.Thread(target=worker)
t.start()
t.join()
print(texts)
