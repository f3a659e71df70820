import threading

out = []


def work(s):
    out.append(s.title())
    out.append(s.replace("a", "bb", 1))
    out.append(s.rsplit(",", 1)[0])
    out.append(s.strip("a,"))
    out.append(s.find("z"))
    out.append(s.count(","))
    out.append(s.split(",")[-1])
    out.append(s.capitalize())
    out.append(s.swapcase())
    out.append(s.partition(",")[2])


t = threading.Thread(target=work, args=("a,b c,a",))
t.start()
t.join()
print(out)
