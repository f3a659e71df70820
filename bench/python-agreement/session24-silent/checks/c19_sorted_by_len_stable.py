import threading

words = []


def work(w):
    words.append(w)


threads = [threading.Thread(target=work, args=(w,)) for w in ["bb", "a", "cc", "d"]]
for t in threads:
    t.start()
for t in threads:
    t.join()
by_length = sorted(words, key=len)
longest = max(words)
shortest = min(words)
print(by_length, longest, shortest)
