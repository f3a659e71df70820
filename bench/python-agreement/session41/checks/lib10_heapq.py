# check: heapq push/pop order and nlargest
import threading
import heapq

result = ""


def work():
    global result
    parts = []
    parts.append(str(heapq.nlargest(2, [5, 1, 9, 3])))
    parts.append(str(heapq.nsmallest(3, [5, 1, 9, 3, 0])))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
