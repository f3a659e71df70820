import threading

texts = []


def worker(s, n):
    texts.append(s[1:3])
    texts.append(s[::-1])
    texts.append(s[-2:])
    texts.append(f"{n:03d}|{n:>5}|{n:x}|{n:,}")
    texts.append("%d items, %s" % (n, s))
    texts.append(s.title() + s.upper().center(9, "*"))
    texts.append(" ".join([str(n), str(n + 1)]))


t = threading.Thread(target=worker, args=("hello", 1234))
t.start()
t.join()
print(texts)
