# bug: lost update on a shared dict -- two threads count words with read, pause, write
import threading
import time

counts = {"apple": 0, "pear": 0}


def count_words(words):
    for word in words:
        old = counts[word]
        time.sleep(0)  # give up the GIL, as real work would
        counts[word] = old + 1


t1 = threading.Thread(target=count_words, args=(["apple", "pear", "apple"],))
t2 = threading.Thread(target=count_words, args=(["apple", "pear"],))
t1.start()
t2.start()
t1.join()
t2.join()
print(counts)  # expected apple=3 pear=2
