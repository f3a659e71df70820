import threading

out = []


def compute(word, n):
    out.append(len(word.strip().replace("a", "aa")))
    out.append(word.find("x"))
    out.append(word.count("a"))
    out.append(int(n / 4 * 10))
    out.append(round(n / 3, 2) * 100 // 1)
    out.append(min((3, 1), (2, 5))[1])
    out.append(len(f"{n:>5}"))
    out.append(len("%05d" % n))
    out.append(int(str(n)[::-1]))


t = threading.Thread(target=compute, args=("  banana ", 27))
t.start()
t.join()
total = sum(out)
print(out, total)
