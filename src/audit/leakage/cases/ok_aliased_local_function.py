# leakage: none
import pandas as pd
import sklearn.preprocessing as pp
from sklearn.model_selection import train_test_split as tts
from sklearn.svm import SVC

def scale_pair(train_part, test_part):
    scaler = pp.StandardScaler().fit(train_part)
    return scaler.transform(train_part), scaler.transform(test_part)

df = pd.read_csv("data.csv")
a, b, c, d = tts(df.drop(columns="y"), df["y"], random_state=0)
a, b = scale_pair(a, b)
print(SVC().fit(a, c).score(b, d))
