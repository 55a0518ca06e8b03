/// The sliders and replay button of interactive figures, and the one small script (no
/// framework) that drives them.
///
/// Without JavaScript the controls stay `hidden` and the figure shows the block's own
/// values (and plays its animation once, by CSS alone); the script reveals them.
enum FigureControls {
    static func html(_ figure: FigureBlock) -> String {
        var out = ""
        if !figure.sliders.isEmpty {
            out += "<div class=\"explore-controls\" hidden>\n"
            for (k, slider) in figure.sliders.enumerated() {
                let id = "\(figure.id)-s\(k)"
                let value = slider.values[slider.start]
                let values = "[" + slider.values.map { "&quot;" + PageLayout.escape($0) + "&quot;" }.joined(separator: ",") + "]"
                out += "<div class=\"explore-slider\"><label for=\"\(PageLayout.escape(id))\">\(PageLayout.escape(slider.name))</label>"
                out += "<input type=\"range\" id=\"\(PageLayout.escape(id))\" min=\"0\" max=\"\(slider.values.count - 1)\" step=\"1\" value=\"\(slider.start)\""
                out += " data-values=\"\(values)\" aria-valuetext=\"\(PageLayout.escape(value))\">"
                out += "<output for=\"\(PageLayout.escape(id))\">\(PageLayout.escape(value))</output></div>\n"
            }
            out += "</div>\n"
        }
        if figure.animated {
            out += "<button type=\"button\" class=\"anim-play\" hidden>Replay</button>\n"
        }
        return out
    }

    /// Shows the combination the sliders select (every `[data-variant]` element of the
    /// figure: path groups, titles, charts, logs) and replays animations when a figure
    /// comes into view or its button is pressed.
    static let script = """
    <script>
    (()=>{const q=(r,s)=>[...r.querySelectorAll(s)];
    const replay=f=>{f.classList.add('anim-reset');void f.offsetWidth;f.classList.remove('anim-reset')};
    const NS='http://www.w3.org/2000/svg',el=(n,p)=>p.appendChild(document.createElementNS(NS,n));
    const line=(e,u,v,l)=>`epoch ${e}: w1=${u}, w2=${v}, loss=${l}`;
    const draw=g=>{const a=g.dataset.pts.split(';');g.removeAttribute('data-pts');a.forEach((s,i)=>{const[x,y,c,...h]=s.split(','),k=el('circle',g),r=h.length%4?h.splice(-3):0,t=[];
    k.setAttribute('cx',x);k.setAttribute('cy',y);k.setAttribute('r',g.dataset.r);k.setAttribute('fill','#'+c);k.style.setProperty('--t',a.length>1?i/(a.length-1):0);
    while(h.length)t.push(line(...h.splice(0,4)));if(r)t.push(`… and ${r[0]} more epochs beneath, from ${r[1]} to ${r[2]}`);el('title',k).textContent=t.join('\\n')})};
    for(const f of q(document,'figure.interactive')){
    const c=f.querySelector('.explore-controls');
    if(c){c.hidden=false;const ins=q(c,'input');
    const show=()=>{let k=0;for(const i of ins){k=k*(+i.max+1)+ +i.value;const v=JSON.parse(i.dataset.values)[i.value];i.setAttribute('aria-valuetext',v);i.nextElementSibling.textContent=v}
    for(const e of q(f,'[data-variant]')){const on=+e.dataset.variant===k;if(on)q(e,'[data-pts]').forEach(draw);if(e instanceof SVGElement){on?e.removeAttribute('display'):e.setAttribute('display','none')}else e.hidden=!on}};
    for(const i of ins)i.addEventListener('input',show)}
    const b=f.querySelector('.anim-play');
    if(b){b.hidden=false;b.onclick=()=>replay(f);
    if(window.IntersectionObserver){const o=new IntersectionObserver(es=>{for(const e of es)if(e.isIntersecting){replay(f);o.disconnect()}},{threshold:.4});o.observe(f)}}}})();
    </script>

    """
}
