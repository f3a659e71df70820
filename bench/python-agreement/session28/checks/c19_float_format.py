import threading

line = ""
ratio_text = ""


def report(done: int, total: int) -> None:
    global line, ratio_text
    ratio = done / total
    ratio_text = f"{ratio:.2f}"
    line = f"{done}/{total} = {ratio:6.1%}"


t = threading.Thread(target=report, args=(2, 3))
t.start()
t.join()
print(repr(line), ratio_text)
assert ratio_text == "0.67" and line == "2/3 =  66.7%"
