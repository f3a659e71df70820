import threading
from collections import Counter

words = Counter()
lock = threading.Lock()
log = []


def count(text):
    for w in text.split():
        with lock:
            words[w] += 1


threads = [threading.Thread(target=count, args=(t,)) for t in ("a b a", "b c")]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.extend(sorted(words.items()))
log.append(words.most_common(1)[0][1])
print(log)  # ordered
