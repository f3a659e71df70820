# CPython 3.11.7, 10 runs: ok vals[0]=1 vals[1]=1 vals[2]=1 vals[3]=0 vals[4]=0 vals[5]=2 (10 of 10). weft explore (s19silent): 1 outcome(s), complete; CPython's among them (not predicted: 0).
vals = [0, 0, 0, 0, 0, 0]

if __name__ == "__main__":
    for i in range(3):
        vals[i] = 1
    i = 5
    vals[i] = 2
