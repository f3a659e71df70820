# check: strip with chars, replace with count
import threading

a = ""
b = ""


def work():
    global a, b
    a = "xxhixyx".strip("xy") + "|" + "--a-b--".lstrip("-") + "|" + "path///".rstrip("/")
    b = "aaaa".replace("a", "b", 2) + "|" + "abcabc".replace("", "-") + "|" + "hello".replace("l", "")


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
