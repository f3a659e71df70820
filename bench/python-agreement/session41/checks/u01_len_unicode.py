# check: len and indexing count characters, not bytes
import threading

a = 0
b = ""


def work():
    global a, b
    word = "café"
    a = len(word) * 10 + len("日本語")
    b = word[3] + "|" + word[-1] + "|" + "naïve"[2] + "|" + "日本語"[::-1]


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
