# check: itertools forms
import threading
import itertools

result = ""


def work():
    global result
    parts = []
    parts.append(str(list(itertools.accumulate([1, 2, 3, 4]))))
    parts.append(str(list(itertools.islice(itertools.count(5, 3), 4))))
    parts.append(str([k for k, _ in itertools.groupby("aabccc")]))
    parts.append(str(len(list(itertools.permutations("abc", 2)))))
    parts.append(str(list(itertools.chain([1], (2, 3)))))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
