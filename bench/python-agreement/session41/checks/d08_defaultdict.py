# check: defaultdict(list) grouping
import threading

a = ""


def work():
    global a
    from collections import defaultdict
    groups = defaultdict(list)
    for word in ["ant", "bee", "ape", "cat", "bat"]:
        groups[word[0]].append(word)
    a = str(dict(groups))


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
