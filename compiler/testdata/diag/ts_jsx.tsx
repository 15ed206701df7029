const element = <div className="a">hello</div>;
