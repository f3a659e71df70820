import threading

nums = []
words = []


def work(n, w):
    nums.append(n)
    words.append(w)


threads = [threading.Thread(target=work, args=a) for a in [(-3, "b"), (2, "B"), (-10, "a"), (0, "_")]]
for t in threads:
    t.start()
for t in threads:
    t.join()
ordered = sorted(nums)
ordered_words = sorted(words)
reversed_words = sorted(words, reverse=True)
print(ordered, ordered_words, reversed_words)
