import threading

counts = {}
lock = threading.Lock()
seen = []


def count(words):
    for w in words:
        with lock:
            counts[w] = counts.get(w, 0) + 1


def report():
    for word, n in sorted(counts.items(), key=lambda kv: kv[1], reverse=True):
        print(word, n)
        seen.append(word)
    for word in sorted(counts, key=lambda w: counts[w]):
        print(word)
        seen.append(counts[word])


def main():
    a = threading.Thread(target=count, args=(["the", "cat", "the"],))
    b = threading.Thread(target=count, args=(["dog", "the", "cat"],))
    a.start()
    b.start()
    report()
    a.join()
    b.join()
    report()


main()
