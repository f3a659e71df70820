# BUG: atomicity violation — counts[w] = counts.get(w, 0) + 1 from several threads without a lock
import threading

counts = {}


def count_words(lines):
    for line in lines:
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1


def main():
    chunks = [
        ["the cat", "the dog"],
        ["the end"],
    ]
    threads = [threading.Thread(target=count_words, args=(chunk,)) for chunk in chunks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(counts.items()))
    assert counts["the"] == 3, counts


if __name__ == "__main__":
    main()
