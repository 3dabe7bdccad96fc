# leakage: preprocessing@12
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.svm import SVR

def preprocess(frame):
    scaler = StandardScaler()
    return scaler.fit_transform(frame)

df = pd.read_csv("energy.csv")
X = preprocess(df.drop(columns="load"))
X_train, X_test, y_train, y_test = train_test_split(X, df["load"], random_state=0)
print(SVR().fit(X_train, y_train).score(X_test, y_test))
