# check: max/min of strings with and without keys
import threading

result = ""


def work():
    global result
    parts = []
    parts.append(max("apple", "Apple", "banana"))
    parts.append(min("b", "a", key=str.upper))
    parts.append(max(["aa", "b", "cc"], key=len))
    parts.append(min(["bb", "a", "c"], key=len))
    result = "|".join(parts)


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
